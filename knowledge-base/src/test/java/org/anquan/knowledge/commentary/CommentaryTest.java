package org.anquan.knowledge.commentary;

import org.anquan.knowledge.commentary.control.Commentary;
import org.anquan.knowledge.commentary.entity.CommentaryStatus;
import org.anquan.knowledge.commentary.entity.Interpretation;
import org.anquan.knowledge.commentary.entity.Question;
import org.anquan.knowledge.commentary.entity.QuestionStatus;
import org.anquan.platform.error.AccessDeniedException;
import org.anquan.platform.error.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentaryTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void anInterpretationGoesFromDraftThroughReviewToPublished() {
        Interpretation interpretation = new Interpretation(1, 21, "标题", "<p>正文</p>", 7, "专家", NOW);
        assertThatThrownBy(() -> interpretation.publish(NOW)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> interpretation.submit(8, NOW)).isInstanceOf(AccessDeniedException.class);
        interpretation.submit(7, NOW);
        assertThatThrownBy(() -> interpretation.edit(7, 21, "改", "<p>改</p>", NOW))
                .isInstanceOf(BusinessException.class).hasMessage("interpretation.locked");
        interpretation.reject("请补充依据", NOW);
        assertThat(interpretation.status()).isEqualTo(CommentaryStatus.REJECTED);
        interpretation.edit(7, 22, "改", "<p>改</p>", NOW);
        interpretation.submit(7, NOW);
        interpretation.publish(NOW);
        assertThat(interpretation.status()).isEqualTo(CommentaryStatus.PUBLISHED);
        assertThat(interpretation.articleNumber()).isEqualTo(22);
        assertThat(interpretation.reviewNote()).isNull();
    }

    @Test
    void aQuestionIsPublishedOnlyOnceAnswered() {
        Question question = new Question(1L, 21, 5, "能不能先上岗？", "说明", NOW);
        assertThatThrownBy(() -> question.publish(NOW)).hasMessage("question.notAnswered");
        question.answer(7, "专家", "<p>不能。</p>", NOW);
        question.answer(7, "专家", "<p>不能，须先培训。</p>", NOW);
        question.publish(NOW);
        assertThat(question.status()).isEqualTo(QuestionStatus.PUBLISHED);
        assertThatThrownBy(() -> question.answer(7, "专家", "<p>改</p>", NOW)).hasMessage("question.closed");
    }

    @Test
    void richTextIsSanitisedAndMustNotBeEmpty() {
        assertThat(Commentary.html("<p onclick=\"x()\">安全<script>alert(1)</script></p>"))
                .doesNotContain("script").doesNotContain("onclick").contains("安全");
        assertThatThrownBy(() -> Commentary.html("<script>alert(1)</script>")).hasMessage("commentary.emptyText");
        assertThat(Commentary.text("<p>甲&amp;乙</p><p>丙</p>")).isEqualTo("甲&乙 丙");
    }
}
