package org.anquan.exam.paper.control;

import java.util.List;

/** A candidate's paper: the seed it was generated from and its questions in the order shown. */
public record Paper(long seed, List<PaperQuestion> questions) {

    public int totalPoints() {
        return questions.stream().mapToInt(PaperQuestion::points).sum();
    }
}
