package org.anquan.exam.practice;

import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.practice.control.PracticeDraw;
import org.anquan.exam.practice.control.PracticeDraw.Candidate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeDrawTest {

    /** 10 judgements, 15 single and 5 multiple choices, as the demo pool. */
    private static List<Candidate> pool() {
        List<Candidate> pool = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            pool.add(new Candidate(id, id <= 10 ? ItemType.JUDGEMENT : id <= 25 ? ItemType.SINGLE_CHOICE
                    : ItemType.MULTIPLE_CHOICE));
        }
        return pool;
    }

    @Test
    void aShortPaperHasEveryTypeInTheExamOrder() {
        for (long seed = 0; seed < 50; seed++) {
            List<Candidate> paper = PracticeDraw.draw(pool(), 5, new Random(seed));
            assertThat(paper).hasSize(5).doesNotHaveDuplicates();
            assertThat(paper).extracting(Candidate::type).contains(ItemType.values())
                    .isSortedAccordingTo(Comparator.naturalOrder());
        }
    }

    @Test
    void aLongPaperTakesWhatIsLeftOfTheOtherTypesWhenOneRunsOut() {
        List<Candidate> paper = PracticeDraw.draw(pool(), 20, new Random(7));
        assertThat(paper).hasSize(20).doesNotHaveDuplicates();
        assertThat(paper).filteredOn(candidate -> candidate.type() == ItemType.MULTIPLE_CHOICE).hasSize(5);
        assertThat(paper).filteredOn(candidate -> candidate.type() == ItemType.JUDGEMENT).hasSizeBetween(7, 8);
    }

    @Test
    void aSmallPoolGivesAllItHasAndPapersDiffer() {
        assertThat(PracticeDraw.draw(pool().subList(0, 6), 10, new Random(1))).hasSize(6);
        Set<List<Candidate>> papers = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            papers.add(PracticeDraw.draw(pool(), 10, new Random(seed)));
        }
        assertThat(papers).hasSizeGreaterThan(5);
    }
}
