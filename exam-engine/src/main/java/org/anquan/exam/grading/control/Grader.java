package org.anquan.exam.grading.control;

import org.anquan.exam.paper.control.ItemType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Grades a submitted paper: a question earns its points only when the chosen options are exactly the correct ones
 * (multiple choice is all-or-nothing; nothing chosen earns nothing); the candidate passes at the pass mark.
 */
public final class Grader {

    /** One question of a submitted paper: its points, type, the correct options and the options chosen. */
    public record Answered(int points, ItemType type, Set<Integer> correct, Set<Integer> chosen) {
    }

    /** The points earned per question in paper order, the total, and whether it reaches the pass mark. */
    public record Result(List<Integer> earned, int total, int passMark, boolean passed) {
    }

    private Grader() {
    }

    public static Result grade(List<Answered> questions, int passMark) {
        List<Integer> earned = new ArrayList<>();
        int total = 0;
        for (Answered question : questions) {
            boolean right = !question.chosen().isEmpty() && question.chosen().equals(question.correct());
            int points = right ? question.points() : 0;
            earned.add(points);
            total += points;
        }
        return new Result(List.copyOf(earned), total, passMark, total >= passMark);
    }
}
