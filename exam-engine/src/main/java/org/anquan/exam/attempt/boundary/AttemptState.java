package org.anquan.exam.attempt.boundary;

import org.anquan.exam.attempt.entity.AttemptStatus;

import java.time.Instant;
import java.util.List;

/**
 * The exam page's frame: the server's deadline and clock (the countdown runs from these, never from the
 * browser's clock), the navigator grid, and the proctor's announcements.
 */
public record AttemptState(long attemptId, AttemptStatus status, String subjectName, String candidateName,
                           String seatLabel, Instant deadline, Instant serverTime, long remainingSeconds,
                           boolean paused, List<Slot> navigator, List<String> announcements) {

    /** One cell of the navigator: question number (1-based), answered, flagged. */
    public record Slot(int number, boolean answered, boolean flagged) {
    }

    public long answered() {
        return navigator.stream().filter(Slot::answered).count();
    }

    public List<Integer> unanswered() {
        return navigator.stream().filter(slot -> !slot.answered()).map(Slot::number).toList();
    }

    /** The questions the candidate marked to check again before submitting. */
    public List<Integer> flagged() {
        return navigator.stream().filter(Slot::flagged).map(Slot::number).toList();
    }
}
