package org.anquan.exam.review.boundary;

import org.anquan.exam.review.entity.ResultReview;

import java.time.Instant;

/** A review request as its candidate and the centre see it. */
public record ReviewView(long id, long attemptId, String candidateName, String subjectName, String reason,
                         ResultReview.Status status, Instant requestedAt, int scoreBefore, Integer scoreAfter,
                         String answer, Instant answeredAt) {
}
