package org.anquan.exam.session.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
import jakarta.validation.constraints.NotNull;
import org.anquan.exam.attempt.entity.Attempt;
import org.anquan.exam.attempt.entity.AttemptStatus;
import org.anquan.exam.bank.entity.Subject;
import org.anquan.exam.centre.entity.ExamCentre;
import org.anquan.exam.certificate.control.Certification;
import org.anquan.exam.certificate.entity.Certificate;
import org.anquan.exam.session.control.CentreStaff;
import org.anquan.exam.session.entity.ExamSession;
import org.anquan.exam.session.entity.Registration;
import org.anquan.exam.session.entity.RegistrationStatus;
import org.anquan.exam.site.control.SeatAllocator;
import org.anquan.exam.site.entity.Room;
import org.anquan.exam.site.entity.Seat;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.error.AccessDeniedException;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.platform.profile.boundary.ProfileView;
import org.anquan.platform.profile.boundary.Profiles;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Exam sessions (场次): scheduling by a centre, registration by candidates with a real-name profile, seats that
 * keep colleagues apart, admission tickets, and the publication of results (which issues the certificates).
 */
@Stateless
public class ExamSessions {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MAX_BATCH = 500;

    @PersistenceContext(unitName = "exam")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    @EJB
    Profiles profiles;


    @Inject
    Clock clock;

    /** Sessions from today on, for the public list. */
    @PermitAll
    public List<SessionView> upcoming() {
        Instant from = LocalDate.now(clock.withZone(Clocks.CHINA)).atStartOfDay(Clocks.CHINA).toInstant();
        return views(entityManager.createNamedQuery(ExamSession.UPCOMING, ExamSession.class)
                .setParameter("from", from).setMaxResults(200).getResultList());
    }

    @PermitAll
    public SessionView session(long sessionId) {
        return views(List.of(find(sessionId))).get(0);
    }

    /** Sessions of the centres the caller runs (all centres for exam administrators), recent and coming. */
    @RolesAllowed({"CENTRE_ADMIN", "PROCTOR", "EXAM_ADMIN"})
    public List<SessionView> staffed() {
        AccountView me = me();
        Instant from = clock.instant().minus(30, ChronoUnit.DAYS);
        List<ExamSession> sessions = entityManager.createNamedQuery(ExamSession.UPCOMING, ExamSession.class)
                .setParameter("from", from).setMaxResults(500).getResultList();
        return views(sessions).stream()
                .filter(view -> CentreStaff.of(me, entityManager.find(ExamCentre.class, view.centreId()),
                        CentreStaff.PROCTORS))
                .toList();
    }

    @RolesAllowed({"CENTRE_ADMIN", "EXAM_ADMIN"})
    public long schedule(long subjectId, long roomId, @NotNull Instant startsAt,
                         @Min(10) @Max(600) Integer durationMinutes) {
        AccountView me = me();
        Room room = entityManager.find(Room.class, roomId);
        if (room == null) {
            throw new UnknownEntityException("room", roomId);
        }
        CentreStaff.require(me, entityManager.find(ExamCentre.class, room.centreId()), CentreStaff.ADMINISTRATORS,
                "room", roomId);
        Subject subject = entityManager.find(Subject.class, subjectId);
        if (subject == null) {
            throw new UnknownEntityException("subject", subjectId);
        }
        if (!startsAt.isAfter(clock.instant())) {
            throw new BusinessException("session.inThePast");
        }
        ExamSession session = new ExamSession(subjectId, roomId, startsAt,
                durationMinutes == null ? subject.durationMinutes() : durationMinutes);
        entityManager.persist(session);
        entityManager.flush();
        audit(me, "exam.session.schedule", "exam-session", session.id(), subject.code() + " " + startsAt);
        return session.id();
    }

    /**
     * Registers the caller for a session. The session row is locked, so registrations of one session (and their
     * seats) are decided one after the other on every instance.
     */
    @RolesAllowed("CITIZEN")
    public RegistrationView register(long sessionId) {
        AccountView me = me();
        ProfileView profile = profiles.of(me.id()).orElseThrow(() -> new BusinessException("registration.profileNeeded"));
        if (!profile.hasPhoto()) {
            throw new BusinessException("registration.photoNeeded");
        }
        ExamSession session = entityManager.find(ExamSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new UnknownEntityException("session", sessionId);
        }
        Instant now = clock.instant();
        session.requireOpenForRegistration(now);
        requireEligible(me.id(), session, now);
        Long organisationId = me.grants().stream().map(AccountView.Grant::organisationId)
                .filter(Objects::nonNull).findFirst().orElse(null);
        Seat seat = freeSeat(session, organisationId);
        Registration registration = new Registration(sessionId, me.id(), organisationId, profile.realName(),
                profile.idNumberMasked(), ticketNumber(session), seat.id(), now);
        entityManager.persist(registration);
        entityManager.flush();
        audit(me, "exam.registration.create", "exam-registration", registration.id(),
                "session " + sessionId + ", seat " + seat.label());
        return registrationView(registration);
    }

    /**
     * Registers a training institution's trainees for a session in one go. Each line names a trainee by the real name
     * and ID number of their real-name profile (with a photo); the eligibility rules are those of a registration of
     * one's own. Nothing is registered while any line has a problem. The session row is locked as for a single
     * registration, and trainees are seated one after the other away from their fellow trainees.
     */
    @RolesAllowed("INSTITUTION_ADMIN")
    public BatchRegistration registerBatch(long sessionId, @NotNull List<BatchRegistration.Trainee> trainees) {
        AccountView me = me();
        long institution = institutionOf(me);
        if (trainees.isEmpty()) {
            throw new BusinessException("batch.empty");
        }
        if (trainees.size() > MAX_BATCH) {
            throw new BusinessException("batch.tooMany", MAX_BATCH);
        }
        ExamSession session = entityManager.find(ExamSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new UnknownEntityException("session", sessionId);
        }
        Instant now = clock.instant();
        session.requireOpenForRegistration(now);
        List<BatchRegistration.Problem> problems = new ArrayList<>();
        List<ProfileView> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int line = 1; line <= trainees.size(); line++) {
            BatchRegistration.Trainee trainee = trainees.get(line - 1);
            String name = trainee == null || trainee.realName() == null ? "" : trainee.realName().strip();
            String key = trainee == null ? "batch.lineIncomplete" : traineeProblem(name, trainee.idNumber(), session,
                    now, seen, found);
            if (key != null) {
                problems.add(new BatchRegistration.Problem(line, name, key, null));
            }
        }
        int free = freeSeatCount(session);
        if (problems.isEmpty() && found.size() > free) {
            problems.add(new BatchRegistration.Problem(0, "", "batch.seatsShort", Integer.toString(free)));
        }
        if (!problems.isEmpty()) {
            return new BatchRegistration(List.of(), problems);
        }
        List<BatchRegistration.Entry> registered = new ArrayList<>();
        for (ProfileView profile : found) {
            Seat seat = freeSeat(session, institution);
            Registration registration = new Registration(sessionId, profile.accountId(), institution,
                    profile.realName(), profile.idNumberMasked(), ticketNumber(session), seat.id(), now);
            entityManager.persist(registration);
            entityManager.flush();
            registered.add(entry(registration, new HashMap<>()));
        }
        audit(me, "exam.registration.batch", "exam-session", sessionId,
                registered.size() + " trainees of organisation " + institution);
        return new BatchRegistration(registered, List.of());
    }

    /** The institution's registrations of the last year, newest first. */
    @RolesAllowed("INSTITUTION_ADMIN")
    public List<BatchRegistration.Entry> institutionRegistrations() {
        long institution = institutionOf(me());
        Map<Long, SessionView> sessions = new HashMap<>();
        return entityManager.createNamedQuery(Registration.OF_ORGANISATION, Registration.class)
                .setParameter("organisation", institution)
                .setParameter("since", clock.instant().minus(365, ChronoUnit.DAYS))
                .setMaxResults(2000).getResultStream().map(registration -> entry(registration, sessions)).toList();
    }

    /** Withdraws one of the institution's registrations while the session's registration is open. */
    @RolesAllowed("INSTITUTION_ADMIN")
    public void cancelForInstitution(long registrationId) {
        AccountView me = me();
        long institution = institutionOf(me);
        Registration registration = entityManager.find(Registration.class, registrationId);
        if (registration == null || !Long.valueOf(institution).equals(registration.organisationId())) {
            throw new UnknownEntityException("registration", registrationId);
        }
        find(registration.sessionId()).requireOpenForRegistration(clock.instant());
        registration.cancel();
        audit(me, "exam.registration.cancel", "exam-registration", registrationId, "by organisation " + institution);
    }

    private String traineeProblem(String name, String idNumber, ExamSession session, Instant now, Set<Long> seen,
                                  List<ProfileView> found) {
        if (name.isEmpty() || idNumber == null || idNumber.isBlank()) {
            return "batch.lineIncomplete";
        }
        ProfileView profile = profiles.identified(name, idNumber).orElse(null);
        if (profile == null) {
            return "batch.unknownTrainee";
        }
        if (!profile.hasPhoto()) {
            return "batch.photoNeeded";
        }
        if (!seen.add(profile.accountId())) {
            return "batch.duplicate";
        }
        try {
            requireEligible(profile.accountId(), session, now);
        } catch (BusinessException refused) {
            return "batch." + refused.messageKey();
        }
        found.add(profile);
        return null;
    }

    /** The organisation for which the caller registers trainees. */
    private static long institutionOf(AccountView me) {
        return me.grants().stream().filter(grant -> grant.role().equals("INSTITUTION_ADMIN"))
                .map(AccountView.Grant::organisationId).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new AccessDeniedException("organisation", "institution"));
    }

    private BatchRegistration.Entry entry(Registration registration, Map<Long, SessionView> sessions) {
        ExamSession session = find(registration.sessionId());
        SessionView sessionView = sessions.computeIfAbsent(session.id(), id -> views(List.of(session)).get(0));
        Seat seat = registration.seatId() == null ? null : entityManager.find(Seat.class, registration.seatId());
        Attempt attempt = session.resultsPublished() ? entityManager.createNamedQuery(Attempt.BY_REGISTRATION,
                        Attempt.class).setParameter("registration", registration.id()).getResultStream().findFirst()
                .orElse(null) : null;
        return new BatchRegistration.Entry(registration.id(), registration.candidateName(),
                registration.idNumberMasked(), sessionView, registration.ticketNumber(),
                seat == null ? null : seat.label(), registration.status(), attempt == null ? null : attempt.score(),
                attempt == null ? null : attempt.passed());
    }

    private int freeSeatCount(ExamSession session) {
        long seats = entityManager.createQuery(
                        "SELECT COUNT(s) FROM Seat s WHERE s.roomId = :room AND s.usable = true", Long.class)
                .setParameter("room", session.roomId()).getSingleResult();
        return (int) (seats - entityManager.createNamedQuery(Registration.OF_SESSION, Registration.class)
                .setParameter("session", session.id()).getResultStream()
                .filter(registration -> registration.seatId() != null).count());
    }

    @RolesAllowed("CITIZEN")
    public void cancel(long registrationId) {
        AccountView me = me();
        Registration registration = ownRegistration(registrationId, me);
        ExamSession session = find(registration.sessionId());
        session.requireOpenForRegistration(clock.instant());
        registration.cancel();
        audit(me, "exam.registration.cancel", "exam-registration", registrationId, null);
    }

    @RolesAllowed("CITIZEN")
    public List<RegistrationView> mine() {
        AccountView me = me();
        return entityManager.createNamedQuery(Registration.OF_ACCOUNT, Registration.class)
                .setParameter("account", me.id()).getResultStream()
                .filter(registration -> registration.status() != RegistrationStatus.CANCELLED)
                .map(this::registrationView).toList();
    }

    /** The ticket of a registration, for its candidate or the centre's staff. */
    @RolesAllowed({"CITIZEN", "CENTRE_ADMIN", "PROCTOR", "EXAM_ADMIN", "INSTITUTION_ADMIN"})
    public Ticket ticket(long registrationId) {
        AccountView me = me();
        Registration registration = entityManager.find(Registration.class, registrationId);
        if (registration == null || registration.status() == RegistrationStatus.CANCELLED) {
            throw new UnknownEntityException("registration", registrationId);
        }
        ExamSession session = find(registration.sessionId());
        Room room = entityManager.find(Room.class, session.roomId());
        ExamCentre centre = entityManager.find(ExamCentre.class, room.centreId());
        boolean institutionOwn = registration.organisationId() != null && me.grants().stream()
                .anyMatch(grant -> grant.role().equals("INSTITUTION_ADMIN")
                        && registration.organisationId().equals(grant.organisationId()));
        if (registration.accountId() != me.id() && !institutionOwn) {
            CentreStaff.require(me, centre, CentreStaff.PROCTORS, "registration", registrationId);
        }
        Subject subject = entityManager.find(Subject.class, session.subjectId());
        Seat seat = registration.seatId() == null ? null : entityManager.find(Seat.class, registration.seatId());
        return new Ticket(registration.ticketNumber(), registration.accountId(), registration.candidateName(),
                registration.idNumberMasked(), subject.name(), centre.name(), centre.address(), room.name(),
                seat == null ? null : seat.label(), session.startsAt(), session.durationMinutes());
    }

    /**
     * Publishes a session's results once every attempt has ended: candidates see their scores from then on, and
     * each passed attempt gets its certificate.
     */
    @RolesAllowed({"CENTRE_ADMIN", "EXAM_ADMIN"})
    public int publishResults(long sessionId) {
        AccountView me = me();
        ExamSession session = entityManager.find(ExamSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new UnknownEntityException("session", sessionId);
        }
        Room room = entityManager.find(Room.class, session.roomId());
        CentreStaff.require(me, entityManager.find(ExamCentre.class, room.centreId()), CentreStaff.ADMINISTRATORS,
                "session", sessionId);
        List<Attempt> attempts = entityManager.createNamedQuery(Attempt.OF_SESSION, Attempt.class)
                .setParameter("session", sessionId).getResultList();
        if (attempts.stream().anyMatch(attempt -> attempt.status() == AttemptStatus.IN_PROGRESS)) {
            throw new BusinessException("session.attemptsRunning");
        }
        session.requireEnded(clock.instant());
        LocalDate today = LocalDate.now(clock.withZone(Clocks.CHINA));
        session.publishResults(today);
        int issued = 0;
        Subject subject = entityManager.find(Subject.class, session.subjectId());
        for (Attempt attempt : attempts) {
            Registration registration = entityManager.find(Registration.class, attempt.registrationId());
            if (attempt.status() == AttemptStatus.SUBMITTED && Certification.earned(Boolean.TRUE.equals(attempt.passed()),
                    subject.practicalRequired(), registration.practicalScore(), subject.passMark())
                    && Certification.issue(entityManager, attempt, registration, today)) {
                issued++;
            }
        }
        audit(me, "exam.session.publish", "exam-session", sessionId,
                attempts.size() + " attempts, " + issued + " certificates");
        return issued;
    }

    private void requireEligible(long accountId, ExamSession session, Instant now) {
        List<Registration> earlier = entityManager.createNamedQuery(Registration.OF_ACCOUNT, Registration.class)
                .setParameter("account", accountId).getResultList();
        for (Registration registration : earlier) {
            if (registration.status() == RegistrationStatus.CANCELLED) {
                continue;
            }
            if (registration.sessionId() == session.id()) {
                throw new BusinessException("registration.already");
            }
        }
        List<Attempt> attempts = entityManager.createNamedQuery(Attempt.OF_ACCOUNT_AND_SUBJECT, Attempt.class)
                .setParameter("account", accountId).setParameter("subject", session.subjectId()).getResultList();
        Set<Long> sessionsWithAttempt = attempts.stream().map(Attempt::sessionId).collect(Collectors.toSet());
        boolean pending = earlier.stream().anyMatch(registration -> registration.status() != RegistrationStatus.CANCELLED
                && !sessionsWithAttempt.contains(registration.sessionId())
                && find(registration.sessionId()).pendingFor(session.subjectId(), now));
        if (pending) {
            throw new BusinessException("registration.pendingElsewhere");
        }
        boolean certified = entityManager.createNamedQuery(Certificate.OF_ACCOUNT, Certificate.class)
                .setParameter("account", accountId).getResultStream()
                .anyMatch(certificate -> certificate.subjectId() == session.subjectId()
                        && certificate.validity(LocalDate.now(clock.withZone(Clocks.CHINA))) == Certificate.Validity.VALID);
        if (certified) {
            throw new BusinessException("registration.alreadyCertified");
        }
        // the first sitting and one retake (补考); after two failures within a year, training comes first
        Instant yearAgo = now.minus(365, ChronoUnit.DAYS);
        long failures = attempts.stream().filter(attempt -> attempt.startedAt().isAfter(yearAgo))
                .filter(attempt -> attempt.status() == AttemptStatus.EXPELLED
                        || (attempt.status() == AttemptStatus.SUBMITTED && !Boolean.TRUE.equals(attempt.passed())))
                .count();
        if (failures >= 2) {
            throw new BusinessException("registration.retrainingNeeded");
        }
    }

    private Seat freeSeat(ExamSession session, Long organisationId) {
        List<Seat> seats = entityManager.createNamedQuery(Seat.OF_ROOM, Seat.class)
                .setParameter("room", session.roomId()).getResultStream().filter(Seat::usable).toList();
        List<Registration> taken = entityManager.createNamedQuery(Registration.OF_SESSION, Registration.class)
                .setParameter("session", session.id()).getResultList();
        Set<Long> takenSeats = taken.stream().map(Registration::seatId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Seat> byId = seats.stream().collect(Collectors.toMap(Seat::id, Function.identity()));
        Set<String> colleagues = new HashSet<>();
        if (organisationId != null) {
            taken.stream().filter(registration -> organisationId.equals(registration.organisationId()))
                    .map(Registration::seatId).filter(byId::containsKey)
                    .map(byId::get).forEach(seat -> colleagues.add(seat.row() + ":" + seat.column()));
        }
        List<Seat> free = seats.stream().filter(seat -> !takenSeats.contains(seat.id())).toList();
        if (free.isEmpty()) {
            throw new BusinessException("registration.full");
        }
        // a free seat with no colleague in front, behind or beside it; the chessboard's first colour first
        return free.stream()
                .min(Comparator.comparing((Seat seat) -> SeatAllocator.besideAny(seat.row(), seat.column(), colleagues))
                        .thenComparing(seat -> (seat.row() + seat.column()) % 2)
                        .thenComparing(Seat::row).thenComparing(Seat::column))
                .orElseThrow();
    }

    private String ticketNumber(ExamSession session) {
        String day = session.startsAt().atZone(Clocks.CHINA).toLocalDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        return "ZK" + day.substring(2) + "%08d".formatted(RANDOM.nextInt(100_000_000));
    }

    Registration ownRegistration(long registrationId, AccountView me) {
        Registration registration = entityManager.find(Registration.class, registrationId);
        if (registration == null || registration.accountId() != me.id()) {
            throw new UnknownEntityException("registration", registrationId);
        }
        return registration;
    }

    private RegistrationView registrationView(Registration registration) {
        ExamSession session = find(registration.sessionId());
        SessionView sessionView = views(List.of(session)).get(0);
        Seat seat = registration.seatId() == null ? null : entityManager.find(Seat.class, registration.seatId());
        Attempt attempt = entityManager.createNamedQuery(Attempt.BY_REGISTRATION, Attempt.class)
                .setParameter("registration", registration.id()).getResultStream().findFirst().orElse(null);
        boolean published = session.resultsPublished() && attempt != null;
        String certificate = null;
        if (published) {
            certificate = Certification.of(entityManager, attempt.id()).map(Certificate::number).orElse(null);
        }
        return new RegistrationView(registration.id(), sessionView, registration.ticketNumber(),
                seat == null ? null : seat.label(), registration.status(), attempt == null ? null : attempt.id(),
                attempt == null ? null : attempt.status(), published ? attempt.score() : null,
                published ? attempt.passed() : null, certificate);
    }

    private List<SessionView> views(List<ExamSession> sessions) {
        Instant now = clock.instant();
        List<SessionView> views = new ArrayList<>();
        for (ExamSession session : sessions) {
            Subject subject = entityManager.find(Subject.class, session.subjectId());
            Room room = entityManager.find(Room.class, session.roomId());
            ExamCentre centre = entityManager.find(ExamCentre.class, room.centreId());
            long seats = entityManager.createQuery(
                            "SELECT COUNT(s) FROM Seat s WHERE s.roomId = :room AND s.usable = true", Long.class)
                    .setParameter("room", room.id()).getSingleResult();
            long registered = entityManager.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.sessionId = "
                            + ":session AND r.status <> org.anquan.exam.session.entity.RegistrationStatus.CANCELLED",
                    Long.class).setParameter("session", session.id()).getSingleResult();
            views.add(new SessionView(session.id(), subject.id(), subject.code(), subject.name(), centre.id(),
                    centre.name(), centre.address(), room.id(), room.name(), session.startsAt(),
                    session.durationMinutes(), (int) seats, (int) registered,
                    session.registrationOpen(now) && registered < seats,
                    session.paused(), session.resultsPublishedOn()));
        }
        return views;
    }

    ExamSession find(long sessionId) {
        ExamSession session = entityManager.find(ExamSession.class, sessionId);
        if (session == null) {
            throw new UnknownEntityException("session", sessionId);
        }
        return session;
    }

    private void audit(AccountView actor, String action, String type, Object id, String detail) {
        AuditTrail.append(entityManager, new AuditEntry(clock.instant(), actor.id(), actor.login(), action, type, String.valueOf(id),
                Outcome.SUCCESS, null, detail));
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
