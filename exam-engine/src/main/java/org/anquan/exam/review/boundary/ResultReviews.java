package org.anquan.exam.review.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.anquan.exam.attempt.control.Grading;
import org.anquan.exam.attempt.entity.Attempt;
import org.anquan.exam.attempt.entity.AttemptStatus;
import org.anquan.exam.bank.entity.Subject;
import org.anquan.exam.centre.entity.ExamCentre;
import org.anquan.exam.certificate.control.Certification;
import org.anquan.exam.certificate.entity.Certificate;
import org.anquan.exam.certificate.entity.CertificateStatus;
import org.anquan.exam.grading.control.Grader;
import org.anquan.exam.review.entity.ResultReview;
import org.anquan.exam.session.control.CentreStaff;
import org.anquan.exam.session.entity.ExamSession;
import org.anquan.exam.session.entity.Registration;
import org.anquan.exam.site.entity.Room;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reviews of published results (复核): a candidate asks within {@value #DAYS} days of publication, once per attempt;
 * the centre grades the paper again and answers. A corrected pass gets its certificate, a corrected fail loses it.
 */
@Stateless
public class ResultReviews {

    static final int DAYS = 15;

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

    @RolesAllowed("CITIZEN")
    public ReviewView request(long attemptId, @NotBlank @Size(max = 1000) String reason) {
        AccountView me = me();
        Attempt attempt = entityManager.find(Attempt.class, attemptId);
        if (attempt == null || attempt.accountId() != me.id()) {
            throw new UnknownEntityException("attempt", attemptId);
        }
        ExamSession session = entityManager.find(ExamSession.class, attempt.sessionId());
        if (!session.resultsPublished() || attempt.status() != AttemptStatus.SUBMITTED) {
            throw new BusinessException("review.notGradable");
        }
        if (LocalDate.now(clock.withZone(Clocks.CHINA)).isAfter(session.resultsPublishedOn().plusDays(DAYS))) {
            throw new BusinessException("review.tooLate", DAYS);
        }
        if (of(attemptId).isPresent()) {
            throw new BusinessException("review.already");
        }
        ResultReview review = new ResultReview(attemptId, me.id(), reason.strip(), attempt.score(), clock.instant());
        entityManager.persist(review);
        entityManager.flush();
        audit(me, "exam.review.request", review.id(), null);
        return view(review);
    }

    /** The caller's review of an attempt, if they asked for one. */
    @RolesAllowed("CITIZEN")
    public Optional<ReviewView> mine(long attemptId) {
        AccountView me = me();
        return of(attemptId).filter(review -> review.accountId() == me.id()).map(this::view);
    }

    /** The requests of the caller's centres, open ones first. */
    @RolesAllowed({"CENTRE_ADMIN", "EXAM_ADMIN"})
    public List<ReviewView> requests() {
        AccountView me = me();
        return entityManager.createQuery("SELECT r FROM ResultReview r", ResultReview.class).getResultStream()
                .filter(review -> CentreStaff.of(me, centreOf(review.attemptId()), CentreStaff.ADMINISTRATORS))
                .sorted(Comparator.comparing((ResultReview review) -> review.status() != ResultReview.Status.REQUESTED)
                        .thenComparing(ResultReview::requestedAt))
                .map(this::view).toList();
    }

    /** Grades the paper again, corrects the result (and the certificate) where it changed, and answers. */
    @RolesAllowed({"CENTRE_ADMIN", "EXAM_ADMIN"})
    public ReviewView answer(long reviewId, @NotBlank @Size(max = 1000) String answer) {
        AccountView me = me();
        ResultReview review = entityManager.find(ResultReview.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw new UnknownEntityException("review", reviewId);
        }
        CentreStaff.require(me, centreOf(review.attemptId()), CentreStaff.ADMINISTRATORS, "review", reviewId);
        Attempt attempt = entityManager.find(Attempt.class, review.attemptId(), LockModeType.PESSIMISTIC_WRITE);
        Grader.Result result = Grading.grade(entityManager, attempt);
        attempt.regrade(result.total(), result.passed());
        Instant now = clock.instant();
        review.answer(result.total(), answer.strip(), me.id(), now);
        Optional<Certificate> certificate = Certification.of(entityManager, attempt.id());
        Registration registration = entityManager.find(Registration.class, attempt.registrationId());
        Subject subject = entityManager.find(Subject.class, attempt.subjectId());
        boolean earned = Certification.earned(result.passed(), subject.practicalRequired(),
                registration.practicalScore(), subject.passMark());
        if (earned) {
            Certification.issue(entityManager, attempt, registration, LocalDate.now(clock.withZone(Clocks.CHINA)));
        } else if (!earned && certificate.isPresent() && certificate.get().status() == CertificateStatus.VALID) {
            certificate.get().revoke("review " + reviewId);
        }
        audit(me, "exam.review.answer", reviewId, review.scoreBefore() + " → " + result.total());
        return view(review);
    }

    private Optional<ResultReview> of(long attemptId) {
        return entityManager.createQuery("SELECT r FROM ResultReview r WHERE r.attemptId = :attempt",
                ResultReview.class).setParameter("attempt", attemptId).getResultStream().findFirst();
    }

    private ExamCentre centreOf(long attemptId) {
        Attempt attempt = entityManager.find(Attempt.class, attemptId);
        ExamSession session = entityManager.find(ExamSession.class, attempt.sessionId());
        return entityManager.find(ExamCentre.class, entityManager.find(Room.class, session.roomId()).centreId());
    }

    private ReviewView view(ResultReview review) {
        Attempt attempt = entityManager.find(Attempt.class, review.attemptId());
        Registration registration = entityManager.find(Registration.class, attempt.registrationId());
        return new ReviewView(review.id(), review.attemptId(), registration.candidateName(),
                entityManager.find(Subject.class, attempt.subjectId()).name(), review.reason(), review.status(),
                review.requestedAt(), review.scoreBefore(), review.scoreAfter(), review.answer(), review.answeredAt());
    }

    private void audit(AccountView actor, String action, Object id, String detail) {
        auditTrail.record(new AuditEntry(clock.instant(), actor.id(), actor.login(), action, "exam-review",
                String.valueOf(id), Outcome.SUCCESS, null, detail));
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
