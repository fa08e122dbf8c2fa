package org.anquan.exam.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.anquan.platform.error.BusinessException;

import java.time.Instant;
import java.util.Objects;

/**
 * A candidate's request for a review (复核) of a published result and the centre's answer: the paper graded
 * again, the score before and after, and a written reply.
 */
@Entity
@Table(name = "exam_result_review")
public class ResultReview {

    public enum Status { REQUESTED, ANSWERED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 1000)
    private String reason;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.REQUESTED;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "score_before", nullable = false)
    private int scoreBefore;

    @Column(name = "score_after")
    private Integer scoreAfter;

    @Column(length = 1000)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Version
    private int revision;

    protected ResultReview() {
    }

    public ResultReview(long attemptId, long accountId, String reason, int scoreBefore, Instant requestedAt) {
        this.attemptId = attemptId;
        this.accountId = accountId;
        this.reason = Objects.requireNonNull(reason);
        this.scoreBefore = scoreBefore;
        this.requestedAt = requestedAt;
    }

    public void answer(int scoreAfter, String answer, long answeredBy, Instant now) {
        if (status == Status.ANSWERED) {
            throw new BusinessException("review.alreadyAnswered");
        }
        this.status = Status.ANSWERED;
        this.scoreAfter = scoreAfter;
        this.answer = Objects.requireNonNull(answer);
        this.answeredBy = answeredBy;
        this.answeredAt = now;
    }

    public Long id() { return id; }
    public long attemptId() { return attemptId; }
    public long accountId() { return accountId; }
    public String reason() { return reason; }
    public Status status() { return status; }
    public Instant requestedAt() { return requestedAt; }
    public int scoreBefore() { return scoreBefore; }
    public Integer scoreAfter() { return scoreAfter; }
    public String answer() { return answer; }
    public Instant answeredAt() { return answeredAt; }
}
