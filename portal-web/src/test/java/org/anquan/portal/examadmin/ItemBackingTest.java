package org.anquan.portal.examadmin;

import org.anquan.exam.paper.control.ItemType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How the item form reads the correct answer and writes it back. */
class ItemBackingTest {

    @Test
    void readsOptionLettersWhateverTheCaseAndSeparators() {
        assertThat(ItemBacking.correct(ItemType.MULTIPLE_CHOICE, " a, c、D ", 4)).containsExactlyInAnyOrder(0, 2, 3);
        assertThat(ItemBacking.correct(ItemType.SINGLE_CHOICE, "B", 2)).containsExactly(1);
    }

    @Test
    void refusesLettersBeyondTheOptionsAndEmptyAnswers() {
        assertThat(ItemBacking.correct(ItemType.SINGLE_CHOICE, "E", 4)).isNull();
        assertThat(ItemBacking.correct(ItemType.MULTIPLE_CHOICE, "A1", 4)).isNull();
        assertThat(ItemBacking.correct(ItemType.SINGLE_CHOICE, "  ", 4)).isNull();
        assertThat(ItemBacking.correct(ItemType.SINGLE_CHOICE, null, 4)).isNull();
    }

    @Test
    void readsJudgementsAsTrueOrFalse() {
        assertThat(ItemBacking.correct(ItemType.JUDGEMENT, "正确", 2)).isEqualTo(Set.of(0));
        assertThat(ItemBacking.correct(ItemType.JUDGEMENT, "错", 2)).isEqualTo(Set.of(1));
        assertThat(ItemBacking.correct(ItemType.JUDGEMENT, "也许", 2)).isNull();
    }

    @Test
    void writesTheAnswerAsTheFormReadsIt() {
        assertThat(ItemBacking.answerText(ItemType.MULTIPLE_CHOICE, List.of(3, 0, 2))).isEqualTo("ACD");
        assertThat(ItemBacking.answerText(ItemType.JUDGEMENT, List.of(1))).isEqualTo("错误");
        assertThat(ItemBacking.correct(ItemType.JUDGEMENT, ItemBacking.answerText(ItemType.JUDGEMENT, List.of(0)), 2))
                .isEqualTo(Set.of(0));
    }
}
