package org.anquan.exam.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.anquan.platform.error.BusinessException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An exam session (场次): one subject in one room from a start time for a number of minutes. A proctor may pause
 * the whole session (a power cut); results are published by the centre on a date.
 */
@Entity
@Table(name = "exam_session")
@NamedQuery(name = ExamSession.UPCOMING,
        query = "SELECT s FROM ExamSession s WHERE s.startsAt >= :from ORDER BY s.startsAt, s.id")
public class ExamSession {

    public static final String UPCOMING = "ExamSession.upcoming";

    /** Registration closes this long before the start, so that seats and tickets are settled. */
    static final Duration REGISTRATION_CLOSES = Duration.ofMinutes(10);
    /** Proctors check candidates in from this long before the start. */
    public static final Duration CHECK_IN_OPENS = Duration.ofMinutes(60);
    /** Entry (check-in and a first start) closes this long after the start; a late candidate gets the common end. */
    public static final Duration ENTRY_CLOSES = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "room_id", nullable = false)
    private long roomId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "paused_at")
    private Instant pausedAt;

    /** Time added for the whole room (a pause given back, extra time for everyone): it moves the common end. */
    @Column(name = "extended_seconds", nullable = false)
    private int extendedSeconds;

    @Column(name = "results_published_on")
    private LocalDate resultsPublishedOn;

    @Version
    private int revision;

    protected ExamSession() {
    }

    public ExamSession(long subjectId, long roomId, Instant startsAt, int durationMinutes) {
        if (durationMinutes < 10 || durationMinutes > 600) {
            throw new BusinessException("session.badDuration");
        }
        this.subjectId = subjectId;
        this.roomId = roomId;
        this.startsAt = Objects.requireNonNull(startsAt);
        this.durationMinutes = durationMinutes;
    }

    public boolean registrationOpen(Instant now) {
        return now.isBefore(startsAt.minus(REGISTRATION_CLOSES));
    }

    public void requireOpenForRegistration(Instant now) {
        if (!registrationOpen(now)) {
            throw new BusinessException("session.registrationClosed");
        }
    }

    /** The end of the session for everyone: start, duration and the time added for the whole room. */
    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes)).plusSeconds(extendedSeconds);
    }

    /** The proctor checks candidates in from an hour before the start until entry closes. */
    public void requireCheckInOpen(Instant now) {
        if (now.isBefore(startsAt.minus(CHECK_IN_OPENS))) {
            throw new BusinessException("checkIn.notYet", startsAt.minus(CHECK_IN_OPENS));
        }
        if (!now.isBefore(startsAt.plus(ENTRY_CLOSES))) {
            throw new BusinessException("checkIn.entryClosed", startsAt.plus(ENTRY_CLOSES));
        }
    }

    /**
     * A first start: the exam begins for everyone at the start time, and entry closes a quarter of an hour later;
     * whoever starts gets the common end as their deadline.
     */
    public void requireStartable(Instant now) {
        if (now.isBefore(startsAt)) {
            throw new BusinessException("attempt.tooEarly", startsAt);
        }
        if (!now.isBefore(endsAt())) {
            throw new BusinessException("attempt.sessionOver");
        }
        if (!now.isBefore(startsAt.plus(ENTRY_CLOSES))) {
            throw new BusinessException("attempt.entryClosed", startsAt.plus(ENTRY_CLOSES));
        }
        if (pausedAt != null) {
            throw new BusinessException("attempt.paused");
        }
    }

    /** Time added for everyone in the room: the common end moves with it. */
    public void extend(Duration extra) {
        extendedSeconds = Math.toIntExact(extendedSeconds + extra.toSeconds());
    }

    /** Results are published only once the session is over for everyone. */
    public void requireEnded(Instant now) {
        if (now.isBefore(endsAt())) {
            throw new BusinessException("session.notEnded", endsAt());
        }
    }

    /** Whether this session, of that subject, has not yet ended: a candidate registered here waits for it. */
    public boolean pendingFor(long subject, Instant now) {
        return subjectId == subject && endsAt().isAfter(now);
    }

    public void pause(Instant now) {
        if (pausedAt != null) {
            throw new BusinessException("session.alreadyPaused");
        }
        pausedAt = now;
    }

    /** Ends a pause and says how long it lasted, which every running attempt gets back. */
    public Duration resume(Instant now) {
        if (pausedAt == null) {
            throw new BusinessException("session.notPaused");
        }
        Duration paused = Duration.between(pausedAt, now);
        pausedAt = null;
        return paused;
    }

    public void publishResults(LocalDate on) {
        if (resultsPublishedOn != null) {
            throw new BusinessException("session.alreadyPublished");
        }
        resultsPublishedOn = Objects.requireNonNull(on);
    }

    public boolean resultsPublished() {
        return resultsPublishedOn != null;
    }

    public Long id() { return id; }
    public long subjectId() { return subjectId; }
    public long roomId() { return roomId; }
    public Instant startsAt() { return startsAt; }
    public int durationMinutes() { return durationMinutes; }
    public Instant pausedAt() { return pausedAt; }
    public boolean paused() { return pausedAt != null; }
    public LocalDate resultsPublishedOn() { return resultsPublishedOn; }
}
