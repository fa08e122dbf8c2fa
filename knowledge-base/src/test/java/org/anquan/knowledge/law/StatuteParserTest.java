package org.anquan.knowledge.law;

import org.anquan.knowledge.law.control.ChineseNumerals;
import org.anquan.knowledge.law.control.NodeKind;
import org.anquan.knowledge.law.control.ParsedNode;
import org.anquan.knowledge.law.control.ParsedStatute;
import org.anquan.knowledge.law.control.StatuteFormatException;
import org.anquan.knowledge.law.control.StatuteParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatuteParserTest {

    private static String fixture(String path) throws IOException {
        try (var in = StatuteParserTest.class.getResourceAsStream("/statutes/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsChaptersSectionsArticlesParagraphsAndItems() throws Exception {
        ParsedStatute statute = StatuteParser.parse(fixture("法律/示例安全法(2020-01-01).md"));
        assertThat(statute.title()).isEqualTo("中华人民共和国示例安全法");
        assertThat(statute.history()).hasSize(2);
        assertThat(statute.lastHistoryDate()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(statute.articleCount()).isEqualTo(6);
        assertThat(statute.nodes()).extracting(ParsedNode::anchor).containsExactly(
                "ch-1", "art-1", "art-2", "ch-2", "ch-2-sec-1", "art-3", "ch-2-sec-2", "art-4", "art-4-1",
                "ch-3", "art-5");
        ParsedNode chapter = statute.nodes().get(0);
        assertThat(chapter.kind()).isEqualTo(NodeKind.CHAPTER);
        assertThat(chapter.label()).isEqualTo("第一章");
        assertThat(chapter.heading()).isEqualTo("总则"); // full-width spaces inside the heading are gone
        ParsedNode duties = statute.nodes().get(5);
        assertThat(duties.number()).isEqualTo(3);
        assertThat(duties.depth()).isEqualTo(3);
        assertThat(duties.body().split("\n")).containsExactly(
                "示例单位应当履行下列职责：", "（一）建立安全责任制；", "（二）组织动火作业审批。");
        assertThat(statute.nodes().get(8).label()).isEqualTo("第四条之一");
    }

    @Test
    void readsTextsWithoutChapters() throws Exception {
        ParsedStatute statute = StatuteParser.parse(fixture("地方性法规/东海/东海市示例安全条例.md"));
        assertThat(statute.nodes()).extracting(ParsedNode::kind).containsOnly(NodeKind.ARTICLE);
        assertThat(statute.nodes()).extracting(ParsedNode::depth).containsOnly(1);
    }

    @Test
    void refusesAFileWithoutTitle() {
        assertThatThrownBy(() -> StatuteParser.parse("第一条 没有标题。\n"))
                .isInstanceOf(StatuteFormatException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> StatuteParser.parse("# 只有标题\n\n<!-- INFO END -->\n"))
                .isInstanceOf(StatuteFormatException.class).hasMessageContaining("no articles");
        assertThatThrownBy(() -> StatuteParser.parse("# 标题\u0000\n第一条 文本\n"))
                .isInstanceOf(StatuteFormatException.class);
    }

    @Test
    void chineseNumeralsBothWays() {
        assertThat(ChineseNumerals.parse("一百一十九")).isEqualTo(119);
        assertThat(ChineseNumerals.parse("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.parse("十二")).isEqualTo(12);
        assertThat(ChineseNumerals.parse("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.parse("21")).isEqualTo(21);
        assertThat(ChineseNumerals.parse("安全")).isEqualTo(-1);
        for (int n = 1; n < 1200; n++) {
            assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).as("round trip %d", n).isEqualTo(n);
        }
        assertThat(ChineseNumerals.format(21)).isEqualTo("二十一");
        assertThat(ChineseNumerals.format(110)).isEqualTo("一百一十");
    }
}
