package org.anquan.exam.attempt.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.anquan.exam.attempt.control.Grading;
import org.anquan.exam.attempt.control.SessionExposure;
import org.anquan.exam.attempt.entity.Attempt;
import org.anquan.exam.attempt.entity.AttemptQuestion;
import org.anquan.exam.attempt.entity.AttemptStatus;
import org.anquan.exam.attempt.entity.SubmittedBy;
import org.anquan.exam.bank.control.BankPool;
import org.anquan.exam.bank.entity.ItemVersion;
import org.anquan.exam.bank.entity.Subject;
import org.anquan.exam.certificate.control.Certification;
import org.anquan.exam.certificate.entity.Certificate;
import org.anquan.exam.paper.control.Paper;
import org.anquan.exam.paper.control.PaperGenerator;
import org.anquan.exam.session.entity.Announcement;
import org.anquan.exam.session.entity.ExamSession;
import org.anquan.exam.session.entity.Registration;
import org.anquan.exam.site.entity.Seat;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Delivery of an exam to the candidate at their seat: start (the paper is generated then, from the blueprint and a
 * recorded seed) or resume, one question at a time, every answer saved at once, submission. Every call names the
 * terminal's lease; answers arrive only before the server's deadline; the correct options never leave here before
 * the results are published.
 */
@Stateless
@RolesAllowed("CITIZEN")
public class Attempts {

    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext(unitName = "exam")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    @EJB
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /**
     * Starts the candidate's attempt of a registration, or resumes it: a terminal that presents the attempt's
     * lease keeps it; another one gets it only when the holder has gone quiet or a proctor released it.
     */
    public AttemptStart start(long registrationId, @Size(max = 64) String presentedLease) {
        AccountView me = me();
        Registration registration = entityManager.find(Registration.class, registrationId,
                LockModeType.PESSIMISTIC_WRITE);
        if (registration == null || registration.accountId() != me.id()) {
            throw new UnknownEntityException("registration", registrationId);
        }
        Instant now = clock.instant();
        Attempt attempt = entityManager.createNamedQuery(Attempt.BY_REGISTRATION, Attempt.class)
                .setParameter("registration", registrationId).getResultStream().findFirst().orElse(null);
        if (attempt != null) {
            attempt.requireInProgress();
            if (attempt.holdsLease(presentedLease)) {
                attempt.requireLease(presentedLease, now);
                return new AttemptStart(attempt.id(), presentedLease, true);
            }
            try {
                return new AttemptStart(attempt.id(), attempt.takeLease(now), true);
            } catch (BusinessException refused) {
                auditTrail.record(new AuditEntry(now, me.id(), me.login(), "exam.attempt.secondTerminal",
                        "exam-attempt", String.valueOf(attempt.id()), Outcome.DENIED, null, null));
                throw refused;
            }
        }
        if (!registration.checkedIn()) {
            throw new BusinessException("attempt.notCheckedIn");
        }
        ExamSession session = entityManager.find(ExamSession.class, registration.sessionId());
        session.requireStartable(now);
        Subject subject = entityManager.find(Subject.class, session.subjectId());
        long seed = SEEDS.nextLong();
        Paper paper = PaperGenerator.generate(subject.blueprint(), BankPool.of(entityManager, subject.id()), seed,
                exposure(session.id()));
        attempt = new Attempt(registrationId, session.id(), me.id(), subject.id(), seed, now, session.endsAt());
        entityManager.persist(attempt);
        entityManager.flush();
        for (int position = 0; position < paper.questions().size(); position++) {
            entityManager.persist(new AttemptQuestion(attempt.id(), position, paper.questions().get(position)));
        }
        return new AttemptStart(attempt.id(), attempt.takeLease(now), false);
    }

    public AttemptState state(long attemptId, @Size(max = 64) String lease) {
        Attempt attempt = own(attemptId, false);
        Instant now = clock.instant();
        if (attempt.status() == AttemptStatus.IN_PROGRESS) {
            attempt.requireLease(lease, now);
        }
        ExamSession session = entityManager.find(ExamSession.class, attempt.sessionId());
        Registration registration = entityManager.find(Registration.class, attempt.registrationId());
        Seat seat = entityManager.find(Seat.class, registration.seatId());
        List<AttemptState.Slot> navigator = Grading.questions(entityManager, attemptId).stream()
                .map(question -> new AttemptState.Slot(question.position() + 1, question.answered(),
                        question.flagged()))
                .toList();
        List<String> announcements = entityManager.createNamedQuery(Announcement.OF_SESSION, Announcement.class)
                .setParameter("session", session.id()).setMaxResults(5).getResultStream()
                .map(Announcement::message).toList();
        return new AttemptState(attemptId, attempt.status(),
                entityManager.find(Subject.class, attempt.subjectId()).name(), registration.candidateName(),
                seat == null ? null : seat.label(), attempt.deadlineAt(), now,
                session.paused() ? attempt.remaining(session.pausedAt()).toSeconds() : attempt.remaining(now).toSeconds(),
                session.paused(), navigator, announcements);
    }

    /** Question {@code number} (1-based) of the paper. */
    public DeliveredQuestion question(long attemptId, @Size(max = 64) String lease, @Min(1) int number) {
        Attempt attempt = own(attemptId, false);
        attempt.requireAnswerable(lease, clock.instant());
        AttemptQuestion question = question(attemptId, number);
        ItemVersion version = entityManager.find(ItemVersion.class, question.itemVersionId());
        List<String> own = version.optionList();
        List<String> shown = question.optionOrder().stream().map(own::get).toList();
        return new DeliveredQuestion(number, count(attemptId), question.type(), question.points(), version.stem(),
                shown, question.chosenShown(), question.flagged(), version.hasImage());
    }

    /** The picture of a question, for the candidate holding the attempt. */
    public ItemPicture picture(long attemptId, @Size(max = 64) String lease, @Min(1) int number) {
        Attempt attempt = own(attemptId, false);
        attempt.requireAnswerable(lease, clock.instant());
        ItemVersion version = entityManager.find(ItemVersion.class, question(attemptId, number).itemVersionId());
        if (!version.hasImage()) {
            throw new UnknownEntityException("picture", number);
        }
        return new ItemPicture(version.image(), version.imageType());
    }

    public record ItemPicture(byte[] bytes, String contentType) {
    }

    /**
     * Saves the candidate's choices for question {@code number} (positions as shown; empty clears) and, when given,
     * the flag. The attempt's row is locked, so a save and the deadline's grading never pass each other.
     */
    public AnswerSaved answer(long attemptId, @Size(max = 64) String lease, @Min(1) int number,
                              @Size(max = 8) Set<Integer> chosen, Boolean flagged) {
        Attempt attempt = own(attemptId, true);
        Instant now = clock.instant();
        attempt.requireAnswerable(lease, now);
        if (entityManager.find(ExamSession.class, attempt.sessionId()).paused()) {
            throw new BusinessException("attempt.paused");
        }
        AttemptQuestion question = question(attemptId, number);
        if (chosen != null) {
            question.answer(chosen, now);
        }
        if (flagged != null) {
            question.flag(flagged);
        }
        return new AnswerSaved(number, question.chosenShown(), question.flagged(), now);
    }

    public AttemptResult submit(long attemptId, @Size(max = 64) String lease) {
        Attempt attempt = own(attemptId, true);
        Instant now = clock.instant();
        attempt.requireInProgress();
        if (!attempt.holdsLease(lease)) {
            throw new BusinessException("attempt.otherTerminal");
        }
        // after the deadline the server submits; the candidate's late click changes nothing but is not an error
        Grading.finish(entityManager, attempt, now.isBefore(attempt.deadlineAt()) ? now : attempt.deadlineAt(),
                now.isBefore(attempt.deadlineAt()) ? SubmittedBy.CANDIDATE : SubmittedBy.DEADLINE);
        return result(attempt);
    }

    /** An ended attempt of the caller; the score and the review only once results are published. */
    public AttemptResult result(long attemptId) {
        Attempt attempt = own(attemptId, false);
        if (attempt.status() == AttemptStatus.IN_PROGRESS) {
            throw new BusinessException("attempt.stillRunning");
        }
        return result(attempt);
    }

    private AttemptResult result(Attempt attempt) {
        ExamSession session = entityManager.find(ExamSession.class, attempt.sessionId());
        Subject subject = entityManager.find(Subject.class, attempt.subjectId());
        boolean published = session.resultsPublished();
        List<ReviewedQuestion> review = List.of();
        String certificate = null;
        if (published && attempt.status() == AttemptStatus.SUBMITTED) {
            List<AttemptQuestion> questions = Grading.questions(entityManager, attempt.id());
            Map<Long, ItemVersion> versions = Grading.versions(entityManager, questions);
            review = questions.stream().map(question -> {
                ItemVersion version = versions.get(question.itemVersionId());
                List<Integer> order = question.optionOrder();
                List<String> own = version.optionList();
                return new ReviewedQuestion(question.position() + 1, question.type(), question.points(),
                        question.earned() == null ? 0 : question.earned(), version.stem(),
                        order.stream().map(own::get).toList(), question.chosenShown(),
                        version.correctSet().stream().map(order::indexOf).collect(Collectors.toCollection(java.util.TreeSet::new)),
                        version.explanation(), version.legalBasis());
            }).toList();
            certificate = Certification.of(entityManager, attempt.id()).map(Certificate::number).orElse(null);
        }
        return new AttemptResult(attempt.id(), attempt.status(), attempt.submittedBy(), attempt.submittedAt(),
                subject.name(), subject.passMark(), session.resultsPublishedOn(), published ? attempt.score() : null,
                published ? attempt.passed() : null, certificate, review);
    }

    /** How often each item already sits on this session's papers, so that neighbours' papers differ. */
    private Map<Long, Integer> exposure(long sessionId) {
        return SessionExposure.of(sessionId, () -> countExposure(sessionId));
    }

    private Map<Long, Integer> countExposure(long sessionId) {
        Map<Long, Integer> exposure = new HashMap<>();
        entityManager.createQuery("SELECT q.itemId, COUNT(q) FROM AttemptQuestion q, Attempt a "
                        + "WHERE q.attemptId = a.id AND a.sessionId = :session GROUP BY q.itemId", Object[].class)
                .setParameter("session", sessionId).getResultStream()
                .forEach(row -> exposure.put((Long) row[0], ((Long) row[1]).intValue()));
        return exposure;
    }

    private AttemptQuestion question(long attemptId, int number) {
        AttemptQuestion question = entityManager.find(AttemptQuestion.class,
                new AttemptQuestion.Key(attemptId, number - 1));
        if (question == null) {
            throw new UnknownEntityException("question", number);
        }
        return question;
    }

    private int count(long attemptId) {
        return entityManager.createQuery("SELECT COUNT(q) FROM AttemptQuestion q WHERE q.attemptId = :attempt",
                Long.class).setParameter("attempt", attemptId).getSingleResult().intValue();
    }

    private Attempt own(long attemptId, boolean lock) {
        Attempt attempt = lock ? entityManager.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE)
                : entityManager.find(Attempt.class, attemptId);
        if (attempt == null || attempt.accountId() != me().id()) {
            throw new UnknownEntityException("attempt", attemptId);
        }
        return attempt;
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
