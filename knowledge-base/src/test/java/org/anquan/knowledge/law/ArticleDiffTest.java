package org.anquan.knowledge.law;

import org.anquan.knowledge.law.control.ArticleDiff;
import org.anquan.knowledge.law.control.ArticleDiff.Article;
import org.anquan.knowledge.law.control.ArticleDiff.Change;
import org.anquan.knowledge.law.control.ArticleDiff.Line;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleDiffTest {

    private static Article article(int number, String text) {
        return new Article("art-" + number, "第" + number + "条", text);
    }

    @Test
    void pairsRenumberedArticlesAndMarksChangedWording() {
        List<Article> before = List.of(
                article(1, "为了加强安全生产工作，制定本法。"),
                article(2, "生产经营单位应当建立安全生产责任制。"),
                article(3, "本法自2002年11月1日起施行。"));
        List<Article> after = List.of(
                article(1, "为了加强安全生产工作，制定本法。"),
                article(2, "安全生产工作坚持人民至上、生命至上。"),
                article(3, "生产经营单位应当建立健全全员安全生产责任制。"),
                article(4, "本法自2021年9月1日起施行。"));
        List<ArticleDiff.Line> lines = ArticleDiff.compare(before, after);
        assertThat(lines).extracting(ArticleDiff.Line::change).containsExactly(
                Change.UNCHANGED, Change.ADDED, Change.CHANGED, Change.CHANGED);
        ArticleDiff.Line duty = lines.get(2);
        assertThat(duty.before().label()).isEqualTo("第2条");
        assertThat(duty.after().label()).isEqualTo("第3条");
        assertThat(duty.html()).contains("<ins>健全全员</ins>");
        assertThat(lines.get(3).html()).contains("<del>11</del><ins>9</ins>月1日起施行");
    }

    @Test
    void anArticleSplitInTwoIsPairedWithBothHalvesEachComparedWithItsOwnShare() {
        String first = "生产经营单位应当建立健全全员安全生产责任制和安全生产规章制度，加大对安全生产资金、物资、技术、人员的投入保障力度。";
        String second = "生产经营单位应当构建安全风险分级管控和隐患排查治理双重预防机制，健全风险防范化解机制，提高安全生产水平。";
        List<Article> before = List.of(article(1, "为了加强安全生产工作，制定本法。"), article(2, first + second),
                article(3, "本法自公布之日起施行。"));
        List<Article> after = List.of(article(1, "为了加强安全生产工作，制定本法。"),
                article(2, first.replace("加大", "切实加大")), article(3, second), article(4, "本法自公布之日起施行。"));
        List<Line> lines = ArticleDiff.compare(before, after);
        assertThat(lines).extracting(Line::change).containsExactly(Change.UNCHANGED, Change.SPLIT, Change.SPLIT,
                Change.UNCHANGED);
        assertThat(lines.get(1).before().label()).isEqualTo(lines.get(2).before().label());
        // each half reads as its own text: the first marks only its one change, the second is its share unchanged
        assertThat(lines.get(1).html()).contains("<ins>切实</ins>").doesNotContain("<del>").doesNotContain("双重预防");
        assertThat(lines.get(2).html()).isEqualTo(second);
    }

    @Test
    void aRewordedArticleIsStillAChangeNotASplit() {
        List<Article> before = List.of(article(1, "从业人员发现事故隐患，应当立即向现场安全生产管理人员报告。"));
        List<Article> after = List.of(article(1, "从业人员发现事故隐患或者其他不安全因素，应当立即向现场安全生产管理人员或者本单位负责人报告。"),
                article(2, "接到报告的人员应当及时予以处理。"));
        assertThat(ArticleDiff.compare(before, after)).extracting(Line::change)
                .containsExactly(Change.CHANGED, Change.ADDED);
    }

    @Test
    void reportsRemovedArticlesWhereTheyStoodAndEscapesText() {
        List<Article> before = List.of(article(1, "甲条文<b>"), article(2, "完全不同的旧内容"), article(3, "丙条文"));
        List<Article> after = List.of(article(1, "甲条文<b>"), article(2, "丙条文"));
        List<ArticleDiff.Line> lines = ArticleDiff.compare(before, after);
        assertThat(lines).extracting(ArticleDiff.Line::change)
                .containsExactly(Change.UNCHANGED, Change.REMOVED, Change.UNCHANGED);
        assertThat(lines.get(0).html()).isEqualTo("甲条文&lt;b&gt;");
    }
}
