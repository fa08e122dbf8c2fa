package org.anquan.portal.laws;

import org.anquan.knowledge.commentary.boundary.InterpretationView;
import org.anquan.knowledge.law.boundary.NodeView;
import org.anquan.knowledge.law.control.NodeKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LawTextTest {

    private static final LawText.Labels LABELS = new LawText.Labels("解读与问答：", "解读", "问答", "就本条提问");

    private static final List<NodeView> NODES = List.of(
            new NodeView(NodeKind.CHAPTER, 1, "ch-1", null, "第一章", "总则", List.of()),
            new NodeView(NodeKind.ARTICLE, 2, "art-1", 1, "第一条", null, List.of(
                    new NodeView.Paragraph("art-1-p1", "为了加强安全生产工作 <script>alert(1)</script> & “防止”事故，", false),
                    new NodeView.Paragraph("art-1-i1", "（一）建立健全责任制；", true))));

    @Test
    void writesHeadingsArticlesAndItemsWithTheirAnchorsAndEscapesTheText() {
        String html = LawText.html(NODES, false, article -> List.of(), article -> List.of(), LABELS, "/ctx", "law");
        assertThat(html).contains("<h2 class=\"law__heading\" id=\"ch-1\">第一章 总则</h2>")
                .contains("<section class=\"article\" id=\"art-1\" aria-label=\"第一条\">")
                .contains("<a class=\"article__label\" href=\"#art-1\">第一条</a>")
                .contains("<p id=\"art-1-p1\" class=\"article__paragraph\">为了加强安全生产工作 &lt;script&gt;alert(1)&lt;/script&gt; &amp; “防止”事故，</p>")
                .contains("<p id=\"art-1-i1\" class=\"article__item\">（一）建立健全责任制；</p>")
                .doesNotContain("<script>")
                .as("an old version has no commentary").doesNotContain("commentary");
    }

    @Test
    void theVersionInForceShowsEachArticlesInterpretationsAndTheAskLink() {
        InterpretationView note = new InterpretationView(7, "law", "某法", 1, "解读 <一>", "<p>已净化的正文</p>",
                "应急管理厅", null, null, null, null);
        Map<Integer, List<InterpretationView>> notes = Map.of(1, List.of(note));
        String html = LawText.html(NODES, true, article -> notes.getOrDefault(article, List.of()), article -> List.of(),
                LABELS, "/ctx", "law");
        assertThat(html).contains("<aside class=\"commentary\" aria-label=\"解读与问答： 第一条\">")
                .contains("<summary>解读 (1)</summary>")
                .contains("<h4>解读 &lt;一&gt;</h4>")
                .contains("<div class=\"rich\"><p>已净化的正文</p></div>")
                .contains("<a class=\"commentary__ask\" href=\"/ctx/questions/ask.xhtml?document=law&amp;article=1\">就本条提问</a>")
                .doesNotContain("<summary>问答");
    }
}
