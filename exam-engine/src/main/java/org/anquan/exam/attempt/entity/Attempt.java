package org.anquan.exam.attempt.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.anquan.platform.error.BusinessException;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A candidate's sitting of one session. The deadline is the server's and only a proctor moves it (extra time, a
 * pause given back). One terminal at a time holds the attempt's lease; another is refused while the holder is
 * still heard from, so that a second login cannot answer alongside the candidate.
 */
@Entity
@Table(name = "exam_attempt")
@NamedQuery(name = Attempt.OF_SESSION, query = "SELECT a FROM Attempt a WHERE a.sessionId = :session")
@NamedQuery(name = Attempt.BY_REGISTRATION,
        query = "SELECT a FROM Attempt a WHERE a.registrationId = :registration")
@NamedQuery(name = Attempt.OF_ACCOUNT_AND_SUBJECT,
        query = "SELECT a FROM Attempt a WHERE a.accountId = :account AND a.subjectId = :subject ORDER BY a.startedAt")
public class Attempt {

    public static final String OF_SESSION = "Attempt.ofSession";
    public static final String BY_REGISTRATION = "Attempt.byRegistration";
    public static final String OF_ACCOUNT_AND_SUBJECT = "Attempt.ofAccountAndSubject";

    /** A terminal that has not been heard from for this long has let go of the attempt. */
    public static final Duration LEASE = Duration.ofSeconds(45);

    private static final Duration TOUCH_EVERY = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private long seed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttemptStatus status = AttemptStatus.IN_PROGRESS;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitted_by", length = 20)
    private SubmittedBy submittedBy;

    private Integer score;

    private Boolean passed;

    @Column(name = "lease_token", length = 64)
    private String leaseToken;

    @Column(name = "lease_seen_at")
    private Instant leaseSeenAt;

    @Version
    private int revision;

    protected Attempt() {
    }

    public Attempt(long registrationId, long sessionId, long accountId, long subjectId, long seed, Instant startedAt,
                   Instant deadlineAt) {
        this.registrationId = registrationId;
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.subjectId = subjectId;
        this.seed = seed;
        this.startedAt = Objects.requireNonNull(startedAt);
        this.deadlineAt = Objects.requireNonNull(deadlineAt);
    }

    /**
     * Gives this terminal the attempt: a new lease unless another terminal holds it and has been heard from within
     * {@link #LEASE}; returns the lease token the terminal sends with every request.
     */
    public String takeLease(Instant now) {
        requireInProgress();
        if (leaseToken != null && leaseSeenAt != null && leaseSeenAt.plus(LEASE).isAfter(now)) {
            throw new BusinessException("attempt.otherTerminal");
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        leaseToken = HexFormat.of().formatHex(bytes);
        leaseSeenAt = now;
        return leaseToken;
    }

    /** A proctor lets the candidate continue on another terminal at once (a crashed PC). */
    public void releaseLease() {
        leaseToken = null;
        leaseSeenAt = null;
    }

    public boolean holdsLease(String token) {
        return leaseToken != null && token != null && java.security.MessageDigest.isEqual(
                leaseToken.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Checks that this terminal may still answer now; notes that it was heard from. */
    public void requireAnswerable(String token, Instant now) {
        requireInProgress();
        if (!now.isBefore(deadlineAt)) {
            throw new BusinessException("attempt.timeUp");
        }
        requireLease(token, now);
    }

    /** Checks that this terminal holds the lease and notes that it was heard from (at most every ten seconds). */
    public void requireLease(String token, Instant now) {
        if (!holdsLease(token)) {
            throw new BusinessException("attempt.otherTerminal");
        }
        if (leaseSeenAt == null || leaseSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
            leaseSeenAt = now;
        }
    }

    public void requireInProgress() {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new BusinessException("attempt.submitted");
        }
    }

    public boolean connected(Instant now) {
        return leaseSeenAt != null && leaseSeenAt.plus(LEASE).isAfter(now);
    }

    public void extend(Duration extra) {
        requireInProgress();
        if (extra.isNegative() || extra.isZero() || extra.compareTo(Duration.ofHours(2)) > 0) {
            throw new BusinessException("attempt.badExtension");
        }
        deadlineAt = deadlineAt.plus(extra);
    }

    public void finish(Instant now, SubmittedBy by, int score, boolean passed) {
        requireInProgress();
        this.status = AttemptStatus.SUBMITTED;
        this.submittedAt = now;
        this.submittedBy = by;
        this.score = score;
        this.passed = passed;
        releaseLease();
    }

    /** The result after a review (复核) graded the paper again. */
    public void regrade(int score, boolean passed) {
        if (status != AttemptStatus.SUBMITTED) {
            throw new BusinessException("review.notGradable");
        }
        this.score = score;
        this.passed = passed;
    }

    /** Expulsion for an irregularity: the attempt ends and its score is cancelled. */
    public void expel(Instant now) {
        if (status == AttemptStatus.EXPELLED) {
            throw new BusinessException("attempt.alreadyExpelled");
        }
        if (status == AttemptStatus.IN_PROGRESS) {
            submittedAt = now;
            submittedBy = SubmittedBy.PROCTOR;
        }
        status = AttemptStatus.EXPELLED;
        score = 0;
        passed = false;
        releaseLease();
    }

    public Duration remaining(Instant now) {
        Duration left = Duration.between(now, deadlineAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public Long id() { return id; }
    public long registrationId() { return registrationId; }
    public long sessionId() { return sessionId; }
    public long accountId() { return accountId; }
    public long subjectId() { return subjectId; }
    public long seed() { return seed; }
    public AttemptStatus status() { return status; }
    public Instant startedAt() { return startedAt; }
    public Instant deadlineAt() { return deadlineAt; }
    public Instant submittedAt() { return submittedAt; }
    public SubmittedBy submittedBy() { return submittedBy; }
    public Integer score() { return score; }
    public Boolean passed() { return passed; }
}
