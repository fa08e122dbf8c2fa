package org.anquan.exam.session.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anquan.exam.attempt.control.Grading;
import org.anquan.exam.attempt.entity.Attempt;
import org.anquan.exam.attempt.entity.AttemptQuestion;
import org.anquan.exam.attempt.entity.AttemptStatus;
import org.anquan.exam.attempt.entity.Irregularity;
import org.anquan.exam.attempt.entity.IrregularityKind;
import org.anquan.exam.attempt.entity.SubmittedBy;
import org.anquan.exam.bank.entity.Subject;
import org.anquan.exam.centre.entity.ExamCentre;
import org.anquan.exam.session.control.CentreStaff;
import org.anquan.exam.session.entity.Announcement;
import org.anquan.exam.session.entity.ExamSession;
import org.anquan.exam.session.entity.Registration;
import org.anquan.exam.site.entity.Room;
import org.anquan.exam.site.entity.Seat;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.platform.profile.boundary.ProfileView;
import org.anquan.platform.profile.boundary.Profiles;
import org.anquan.exam.certificate.control.Certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The proctor's work in the room (TAO and Artemis did this before us): check-in by ticket with the registered
 * photo, the live seat map, announcements, extra time, pause and resume, forced submission, irregularities, and
 * letting a candidate move to another terminal. Staff act only on their own centre's sessions; all is audited.
 */
@Stateless
@RolesAllowed({"PROCTOR", "CENTRE_ADMIN", "EXAM_ADMIN"})
public class Proctoring {

    @PersistenceContext(unitName = "exam")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    @EJB
    AuditTrail auditTrail;

    @EJB
    ExamSessions sessions;

    @EJB
    Profiles profiles;

    @Inject
    Clock clock;

    /** The candidates of a session with their practical scores so far. */
    public PracticalSheet practicalSheet(long sessionId) {
        ExamSession session = staffed(sessionId);
        Subject subject = entityManager.find(Subject.class, session.subjectId());
        List<PracticalSheet.Row> rows = entityManager.createNamedQuery(Registration.OF_SESSION, Registration.class)
                .setParameter("session", sessionId).getResultStream()
                .map(registration -> new PracticalSheet.Row(registration.id(), registration.candidateName(),
                        registration.ticketNumber(), registration.practicalScore()))
                .toList();
        return new PracticalSheet(sessions.session(sessionId), subject.practicalRequired(), subject.passMark(), rows);
    }

    public CheckInView lookUp(@NotBlank @Size(max = 20) String ticketNumber) {
        Registration registration = byTicket(ticketNumber.strip().toUpperCase());
        ExamSession session = staffed(registration.sessionId());
        Seat seat = registration.seatId() == null ? null : entityManager.find(Seat.class, registration.seatId());
        return new CheckInView(registration.id(), registration.accountId(), registration.ticketNumber(),
                registration.candidateName(), registration.idNumberMasked(), seat == null ? null : seat.label(),
                session.id(), entityManager.find(Subject.class, session.subjectId()).name(), session.startsAt(),
                registration.status(), hasPhoto(registration.accountId()));
    }

    /** The candidate's account, for showing the registered photo beside the face (staff of the centre only). */
    public long candidateOf(long registrationId) {
        Registration registration = entityManager.find(Registration.class, registrationId);
        if (registration == null) {
            throw new UnknownEntityException("registration", registrationId);
        }
        staffed(registration.sessionId());
        return registration.accountId();
    }

    /** Checks a candidate in after the proctor has compared the photo: from now on they may start at their seat. */
    public CheckInView checkIn(long registrationId) {
        Registration registration = entityManager.find(Registration.class, registrationId,
                LockModeType.PESSIMISTIC_WRITE);
        if (registration == null) {
            throw new UnknownEntityException("registration", registrationId);
        }
        staffed(registration.sessionId());
        AccountView me = me();
        Instant now = clock.instant();
        entityManager.find(ExamSession.class, registration.sessionId()).requireCheckInOpen(now);
        if (!hasPhoto(registration.accountId())) {
            // nobody is let in whose face the proctor cannot compare with the registered photo
            throw new BusinessException("checkIn.noPhoto");
        }
        registration.checkIn(me.id(), now);
        audit(me, "exam.checkIn", "exam-registration", registrationId, registration.ticketNumber());
        return lookUp(registration.ticketNumber());
    }

    /**
     * Enters (or corrects) the practical part's score of a registration; where the results are out and the paper
     * passed, a passing practical score brings the certificate.
     */
    public void recordPractical(long registrationId, @NotNull @Min(0) @Max(100) Integer score) {
        Registration registration = entityManager.find(Registration.class, registrationId,
                LockModeType.PESSIMISTIC_WRITE);
        if (registration == null) {
            throw new UnknownEntityException("registration", registrationId);
        }
        ExamSession session = staffed(registration.sessionId());
        Subject subject = entityManager.find(Subject.class, session.subjectId());
        if (!subject.practicalRequired()) {
            throw new BusinessException("practical.notRequired");
        }
        AccountView me = me();
        Instant now = clock.instant();
        registration.recordPractical(score, me.id(), now);
        Attempt attempt = entityManager.createNamedQuery(Attempt.BY_REGISTRATION, Attempt.class)
                .setParameter("registration", registrationId).getResultStream().findFirst().orElse(null);
        if (attempt != null && session.resultsPublished() && attempt.status() == AttemptStatus.SUBMITTED
                && Certification.earned(Boolean.TRUE.equals(attempt.passed()), true, score, subject.passMark())) {
            Certification.issue(entityManager, attempt, registration,
                    java.time.LocalDate.now(clock.withZone(org.anquan.platform.clock.Clocks.CHINA)));
        }
        audit(me, "exam.practical.record", "exam-registration", registrationId, String.valueOf(score));
    }

    public ConsoleView console(long sessionId) {
        ExamSession session = staffed(sessionId);
        Room room = entityManager.find(Room.class, session.roomId());
        Instant now = clock.instant();
        List<Seat> seats = entityManager.createNamedQuery(Seat.OF_ROOM, Seat.class).setParameter("room", room.id())
                .getResultList();
        Map<Long, Registration> bySeat = entityManager.createNamedQuery(Registration.OF_SESSION, Registration.class)
                .setParameter("session", sessionId).getResultStream().filter(r -> r.seatId() != null)
                .collect(Collectors.toMap(Registration::seatId, Function.identity()));
        Map<Long, Attempt> byRegistration = entityManager.createNamedQuery(Attempt.OF_SESSION, Attempt.class)
                .setParameter("session", sessionId).getResultStream()
                .collect(Collectors.toMap(Attempt::registrationId, Function.identity()));
        Map<Long, long[]> progress = new java.util.HashMap<>();
        entityManager.createQuery("SELECT q.attemptId, COUNT(q), SUM(CASE WHEN q.answer IS NULL THEN 0 ELSE 1 END) "
                        + "FROM AttemptQuestion q, Attempt a WHERE q.attemptId = a.id AND a.sessionId = :session "
                        + "GROUP BY q.attemptId", Object[].class)
                .setParameter("session", sessionId).getResultStream()
                .forEach(row -> progress.put((Long) row[0], new long[]{(Long) row[1], ((Number) row[2]).longValue()}));
        Map<Long, Long> warnings = byRegistration.isEmpty() ? Map.of()
                : entityManager.createNamedQuery(Irregularity.OF_ATTEMPTS, Irregularity.class)
                .setParameter("attempts", byRegistration.values().stream().map(Attempt::id).toList())
                .getResultStream().collect(Collectors.groupingBy(Irregularity::attemptId, Collectors.counting()));
        List<ConsoleView.SeatState> states = new ArrayList<>();
        for (Seat seat : seats) {
            Registration registration = bySeat.get(seat.id());
            Attempt attempt = registration == null ? null : byRegistration.get(registration.id());
            long[] done = attempt == null ? new long[]{0, 0} : progress.getOrDefault(attempt.id(), new long[]{0, 0});
            states.add(new ConsoleView.SeatState(seat.label(), seat.row(), seat.column(), seat.usable(),
                    state(registration, attempt, now), registration == null ? null : registration.id(),
                    attempt == null ? null : attempt.id(), registration == null ? null : registration.candidateName(),
                    registration == null ? null : registration.ticketNumber(), (int) done[1], (int) done[0],
                    attempt == null || attempt.status() != AttemptStatus.IN_PROGRESS ? 0
                            : attempt.remaining(session.paused() ? session.pausedAt() : now).toSeconds(),
                    attempt == null ? 0 : warnings.getOrDefault(attempt.id(), 0L).intValue()));
        }
        List<String> announcements = entityManager.createNamedQuery(Announcement.OF_SESSION, Announcement.class)
                .setParameter("session", sessionId).setMaxResults(10).getResultStream()
                .map(Announcement::message).toList();
        return new ConsoleView(sessions.session(sessionId), room.seatRows(), room.seatColumns(), states,
                announcements, now);
    }

    private static ConsoleView.State state(Registration registration, Attempt attempt, Instant now) {
        if (registration == null) {
            return ConsoleView.State.EMPTY;
        }
        if (attempt == null) {
            return registration.checkedIn() ? ConsoleView.State.CHECKED_IN : ConsoleView.State.NOT_CHECKED_IN;
        }
        return switch (attempt.status()) {
            case SUBMITTED -> ConsoleView.State.SUBMITTED;
            case EXPELLED -> ConsoleView.State.EXPELLED;
            case IN_PROGRESS -> attempt.connected(now) ? ConsoleView.State.IN_PROGRESS
                    : ConsoleView.State.DISCONNECTED;
        };
    }

    public void announce(long sessionId, @NotBlank @Size(max = 500) String message) {
        staffed(sessionId);
        AccountView me = me();
        entityManager.persist(new Announcement(sessionId, message.strip(), me.id(), clock.instant()));
        audit(me, "exam.session.announce", "exam-session", sessionId, message);
    }

    /** Extra time for one attempt, or for every running attempt of the session when attemptId is null. */
    public int extraTime(long sessionId, Long attemptId, @NotNull @Min(1) @Max(120) Integer minutes) {
        List<Attempt> attempts;
        if (attemptId == null) {
            // for everyone in the room: the common end moves, so that a late candidate gets the time too
            staffedLocked(sessionId).extend(Duration.ofMinutes(minutes));
            attempts = running(sessionId, null);
        } else {
            staffed(sessionId);
            attempts = running(sessionId, attemptId);
        }
        attempts.forEach(attempt -> attempt.extend(Duration.ofMinutes(minutes)));
        audit(me(), "exam.attempt.extraTime", attemptId == null ? "exam-session" : "exam-attempt",
                attemptId == null ? sessionId : attemptId, minutes + " min, " + attempts.size() + " attempts");
        return attempts.size();
    }

    public void pause(long sessionId) {
        ExamSession session = staffedLocked(sessionId);
        session.pause(clock.instant());
        audit(me(), "exam.session.pause", "exam-session", sessionId, null);
    }

    /** Ends the pause; every running attempt gets the paused time back. */
    public void resume(long sessionId) {
        ExamSession session = staffedLocked(sessionId);
        Duration paused = session.resume(clock.instant());
        Duration back = paused.compareTo(Duration.ofHours(2)) > 0 ? Duration.ofHours(2) : paused;
        List<Attempt> attempts = running(sessionId, null);
        if (!back.isZero()) {
            session.extend(back);
            attempts.forEach(attempt -> attempt.extend(back));
        }
        audit(me(), "exam.session.resume", "exam-session", sessionId,
                paused.toSeconds() + " s given back to " + attempts.size() + " attempts");
    }

    public void forceSubmit(long attemptId) {
        Attempt attempt = attemptOfStaffedSession(attemptId);
        Grading.finish(entityManager, attempt, clock.instant(), SubmittedBy.PROCTOR);
        audit(me(), "exam.attempt.forceSubmit", "exam-attempt", attemptId, null);
    }

    /** Lets the candidate continue on another terminal now (the first one crashed). */
    public void releaseTerminal(long attemptId) {
        Attempt attempt = attemptOfStaffedSession(attemptId);
        attempt.requireInProgress();
        attempt.releaseLease();
        audit(me(), "exam.attempt.releaseTerminal", "exam-attempt", attemptId, null);
    }

    public void irregularity(long attemptId, @NotNull IrregularityKind kind, @NotBlank @Size(max = 500) String note) {
        Attempt attempt = attemptOfStaffedSession(attemptId);
        AccountView me = me();
        Instant now = clock.instant();
        if (kind == IrregularityKind.EXPULSION) {
            attempt.expel(now);
        }
        entityManager.persist(new Irregularity(attemptId, kind, note.strip(), me.id(), now));
        audit(me, "exam.attempt." + kind.name().toLowerCase(), "exam-attempt", attemptId, note);
    }

    private List<Attempt> running(long sessionId, Long attemptId) {
        List<Attempt> attempts = entityManager.createNamedQuery(Attempt.OF_SESSION, Attempt.class)
                .setParameter("session", sessionId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return attempts.stream().filter(attempt -> attempt.status() == AttemptStatus.IN_PROGRESS)
                .filter(attempt -> attemptId == null || attempt.id().equals(attemptId)).toList();
    }

    private Attempt attemptOfStaffedSession(long attemptId) {
        Attempt attempt = entityManager.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            throw new UnknownEntityException("attempt", attemptId);
        }
        staffed(attempt.sessionId());
        return attempt;
    }

    private Registration byTicket(String ticketNumber) {
        return entityManager.createNamedQuery(Registration.BY_TICKET, Registration.class)
                .setParameter("ticket", ticketNumber).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("ticket", ticketNumber));
    }

    private ExamSession staffed(long sessionId) {
        ExamSession session = entityManager.find(ExamSession.class, sessionId);
        return requireStaff(session, sessionId);
    }

    private boolean hasPhoto(long accountId) {
        return profiles.of(accountId).map(ProfileView::hasPhoto).orElse(false);
    }

    private ExamSession staffedLocked(long sessionId) {
        return requireStaff(entityManager.find(ExamSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE),
                sessionId);
    }

    private ExamSession requireStaff(ExamSession session, long sessionId) {
        if (session == null) {
            throw new UnknownEntityException("session", sessionId);
        }
        Room room = entityManager.find(Room.class, session.roomId());
        CentreStaff.require(me(), entityManager.find(ExamCentre.class, room.centreId()), CentreStaff.PROCTORS,
                "session", sessionId);
        return session;
    }

    private void audit(AccountView actor, String action, String type, Object id, String detail) {
        auditTrail.record(new AuditEntry(clock.instant(), actor.id(), actor.login(), action, type, String.valueOf(id),
                Outcome.SUCCESS, null, detail));
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
