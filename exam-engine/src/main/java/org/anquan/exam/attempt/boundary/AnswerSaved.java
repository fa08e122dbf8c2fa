package org.anquan.exam.attempt.boundary;

import java.time.Instant;
import java.util.Set;

/** The acknowledgement of an autosave: once the candidate has seen it, the answer is in the database. */
public record AnswerSaved(int number, Set<Integer> chosen, boolean flagged, Instant savedAt) {
}
