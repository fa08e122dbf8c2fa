package org.anquan.knowledge.law;

import org.anquan.knowledge.law.control.ArticleDiff;
import org.anquan.knowledge.law.control.ArticleDiff.Article;
import org.anquan.knowledge.law.control.ArticleDiff.Change;
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
    void reportsRemovedArticlesWhereTheyStoodAndEscapesText() {
        List<Article> before = List.of(article(1, "甲条文<b>"), article(2, "完全不同的旧内容"), article(3, "丙条文"));
        List<Article> after = List.of(article(1, "甲条文<b>"), article(2, "丙条文"));
        List<ArticleDiff.Line> lines = ArticleDiff.compare(before, after);
        assertThat(lines).extracting(ArticleDiff.Line::change)
                .containsExactly(Change.UNCHANGED, Change.REMOVED, Change.UNCHANGED);
        assertThat(lines.get(0).html()).isEqualTo("甲条文&lt;b&gt;");
    }
}
