package org.anquan.knowledge.law.boundary;

import org.anquan.knowledge.law.control.NodeKind;
import org.anquan.knowledge.law.entity.VersionNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A heading or an article as read: an article's paragraphs (款) and items (项) each carry an anchor of their own
 * (art-21-p2, art-21-i3) so that they can be linked to.
 */
public record NodeView(NodeKind kind, int depth, String anchor, Integer number, String label, String heading,
                       List<Paragraph> paragraphs) {

    public record Paragraph(String anchor, String text, boolean item) {
    }

    public boolean isArticle() {
        return kind == NodeKind.ARTICLE;
    }

    public boolean isHeading() {
        return kind.isHeading();
    }

    /** The article's text with its paragraphs on lines of their own. */
    public String text() {
        return String.join("\n", paragraphs.stream().map(Paragraph::text).toList());
    }

    static NodeView of(VersionNode node) {
        List<Paragraph> paragraphs = new ArrayList<>();
        if (node.body() != null) {
            int paragraph = 0;
            int item = 0;
            for (String line : node.body().split("\n")) {
                boolean isItem = line.startsWith("（") && line.indexOf('）') > 0 && line.indexOf('）') <= 5
                        || line.matches("^\\d{1,2}[.、．].*");
                if (isItem) {
                    paragraphs.add(new Paragraph(node.anchor() + "-i" + (++item), line, true));
                } else {
                    paragraphs.add(new Paragraph(node.anchor() + "-p" + (++paragraph), line, false));
                }
            }
        }
        return new NodeView(node.kind(), node.depth(), node.anchor(), node.number(), node.label(), node.heading(),
                List.copyOf(paragraphs));
    }
}
