package org.anquan.exam.attempt.boundary;

import org.anquan.exam.attempt.entity.AttemptStatus;
import org.anquan.exam.attempt.entity.SubmittedBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An ended attempt; score, pass and the review appear once the centre has published the session's results. */
public record AttemptResult(long attemptId, AttemptStatus status, SubmittedBy submittedBy, Instant submittedAt,
                            String subjectName, int passMark, LocalDate publishedOn, Integer score, Boolean passed,
                            String certificateNumber, List<ReviewedQuestion> review) {
}
