package org.anquan.exam.grading;

import org.anquan.exam.grading.control.Grader;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.statistics.control.ItemAnalysis;
import org.anquan.exam.statistics.control.ItemAnalysis.Flag;
import org.anquan.exam.statistics.control.ItemAnalysis.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GradingAndAnalysisTest {

    @Test
    void multipleChoiceIsAllOrNothingAndEightyPasses() {
        List<Grader.Answered> paper = new ArrayList<>();
        for (int i = 0; i < 78; i++) {
            paper.add(new Grader.Answered(1, ItemType.SINGLE_CHOICE, Set.of(1), Set.of(1)));
        }
        paper.add(new Grader.Answered(2, ItemType.MULTIPLE_CHOICE, Set.of(0, 2), Set.of(0))); // partly right: 0
        paper.add(new Grader.Answered(2, ItemType.MULTIPLE_CHOICE, Set.of(0, 2), Set.of(0, 1, 2))); // too many: 0
        paper.add(new Grader.Answered(2, ItemType.MULTIPLE_CHOICE, Set.of(1, 3), Set.of(3, 1))); // right: 2
        paper.add(new Grader.Answered(1, ItemType.JUDGEMENT, Set.of(0), Set.of())); // unanswered: 0
        Grader.Result result = Grader.grade(paper, 80);
        assertThat(result.earned().subList(78, 82)).containsExactly(0, 0, 2, 0);
        assertThat(result.total()).isEqualTo(80);
        assertThat(result.passed()).isTrue();
        assertThat(Grader.grade(paper.subList(1, 82), 80).passed()).isFalse();
    }

    /**
     * Eleven candidates, worked out by hand: 27 % of 11 is 2.97, so the upper and lower groups hold three each.
     * Upper (scores 95, 90, 88): right, right, right → 1.0. Lower (40, 45, 50): wrong, right, wrong → 1/3.
     * Discrimination 1 − 1/3 = 0.667. Right overall: 7 of 11 → facility 0.636. Option 3 is never chosen.
     */
    @Test
    void facilityDiscriminationAndDistractorsOfAHandWorkedExample() {
        List<Response> responses = List.of(
                new Response(95, true, Set.of(1)), new Response(90, true, Set.of(1)),
                new Response(88, true, Set.of(1)), new Response(80, true, Set.of(1)),
                new Response(75, false, Set.of(0)), new Response(70, true, Set.of(1)),
                new Response(65, false, Set.of(2)), new Response(60, true, Set.of(1)),
                new Response(50, false, Set.of(0)), new Response(45, true, Set.of(1)),
                new Response(40, false, Set.of(2)));
        ItemAnalysis.Figures figures = ItemAnalysis.analyse(responses, 4, Set.of(1));
        assertThat(figures.facility()).isCloseTo(7 / 11.0, within(1e-9));
        assertThat(figures.discrimination()).isCloseTo(1 - 1 / 3.0, within(1e-9));
        assertThat(figures.optionRates()).containsExactly(2 / 11.0, 7 / 11.0, 2 / 11.0, 0.0);
        assertThat(figures.flags()).containsExactly(Flag.IDLE_DISTRACTOR);
    }

    @Test
    void flagsItemsThatDoNotSeparateStrongFromWeak() {
        List<Response> reversed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // the stronger half gets it wrong, the weaker half right
            reversed.add(new Response(100 - i, i >= 10, Set.of(i >= 10 ? 0 : 1)));
        }
        assertThat(ItemAnalysis.analyse(reversed, 2, Set.of(0)).flags())
                .contains(Flag.NEGATIVE_DISCRIMINATION).doesNotContain(Flag.TOO_EASY);
        List<Response> easy = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            easy.add(new Response(100 - i, true, Set.of(0)));
        }
        assertThat(ItemAnalysis.analyse(easy, 2, Set.of(0)).flags())
                .contains(Flag.TOO_EASY, Flag.WEAK_DISCRIMINATION, Flag.IDLE_DISTRACTOR);
    }
}
