package org.anquan.portal.laws;

import org.anquan.knowledge.commentary.boundary.InterpretationView;
import org.anquan.knowledge.commentary.boundary.QuestionView;
import org.anquan.knowledge.law.boundary.NodeView;
import org.anquan.knowledge.law.control.NodeKind;
import org.anquan.platform.html.control.RichText;

import java.util.List;
import java.util.function.Function;


/**
 * The text of a statute as HTML: headings, articles with their paragraphs and items, and under each article of the
 * version in force its interpretations and answered questions. Written here rather than with a repeat in the page:
 * a long law has hundreds of articles, and evaluating the page's expressions for each of them took most of the
 * page's time (the markup is the same).
 */
final class LawText {

    /** The words of the commentary blocks in the visitor's language. */
    record Labels(String commentaryOn, String interpretations, String questions, String ask) {
    }

    private LawText() {
    }

    static String html(List<NodeView> nodes, boolean current, Function<Integer, List<InterpretationView>> notesOf,
                       Function<Integer, List<QuestionView>> answersOf, Labels labels, String contextPath,
                       String slug) {
        StringBuilder html = new StringBuilder(nodes.size() * 600);
        for (NodeView node : nodes) {
            if (node.kind().isHeading()) {
                int level = Math.min(node.depth() + 1, 4);
                html.append("<h").append(level).append(" class=\"law__heading\" id=\"").append(escape(node.anchor()))
                        .append("\">").append(escape(node.label())).append(' ')
                        .append(escape(node.heading())).append("</h").append(level).append(">\n");
                continue;
            }
            boolean article = node.kind() == NodeKind.ARTICLE;
            html.append("<section class=\"article\" id=\"").append(escape(node.anchor())).append("\" aria-label=\"")
                    .append(escape(node.label())).append("\">");
            if (article) {
                html.append("<a class=\"article__label\" href=\"#").append(escape(node.anchor())).append("\">")
                        .append(escape(node.label())).append("</a>");
            }
            for (NodeView.Paragraph paragraph : node.paragraphs()) {
                html.append("<p id=\"").append(escape(paragraph.anchor())).append("\" class=\"")
                        .append(paragraph.item() ? "article__item" : "article__paragraph").append("\">")
                        .append(escape(paragraph.text())).append("</p>");
            }
            if (article && current) {
                commentary(html, node, notesOf.apply(node.number()), answersOf.apply(node.number()), labels,
                        contextPath, slug);
            }
            html.append("</section>\n");
        }
        return html.toString();
    }

    private static void commentary(StringBuilder html, NodeView node, List<InterpretationView> notes,
                                   List<QuestionView> answers, Labels labels, String contextPath, String slug) {
        html.append("<aside class=\"commentary\" aria-label=\"").append(escape(labels.commentaryOn())).append(' ')
                .append(escape(node.label())).append("\">");
        if (!notes.isEmpty()) {
            html.append("<details class=\"commentary__block\"><summary>").append(escape(labels.interpretations()))
                    .append(" (").append(notes.size()).append(")</summary>");
            for (InterpretationView note : notes) {
                // the body was sanitised when it was saved
                html.append("<section class=\"commentary__item\" id=\"interp-").append(note.id()).append("\"><h4>")
                        .append(escape(note.title())).append("</h4><p class=\"commentary__by\">")
                        .append(escape(note.authorName())).append("</p><div class=\"rich\">")
                        .append(text(note.bodyHtml())).append("</div></section>");
            }
            html.append("</details>");
        }
        if (!answers.isEmpty()) {
            html.append("<details class=\"commentary__block\"><summary>").append(escape(labels.questions()))
                    .append(" (").append(answers.size()).append(")</summary>");
            for (QuestionView answer : answers) {
                html.append("<section class=\"commentary__item\" id=\"q-").append(answer.id()).append("\"><h4><a href=\"")
                        .append(escape(contextPath)).append("/questions/view.xhtml?id=").append(answer.id()).append("\">")
                        .append(escape(answer.title())).append("</a></h4><div class=\"rich\">")
                        .append(text(answer.answerHtml())).append("</div></section>");
            }
            html.append("</details>");
        }
        html.append("<a class=\"commentary__ask\" href=\"").append(escape(contextPath))
                .append("/questions/ask.xhtml?document=").append(escape(slug)).append("&amp;article=")
                .append(node.number()).append("\">").append(escape(labels.ask())).append("</a></aside>");
    }

    private static String escape(String value) {
        return value == null ? "" : RichText.escape(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
