package org.anquan.exam.certificate.control;

import jakarta.persistence.EntityManager;
import org.anquan.exam.attempt.entity.Attempt;
import org.anquan.exam.certificate.entity.Certificate;
import org.anquan.exam.session.entity.Registration;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a certificate is earned: the theory paper passed and, for subjects with a practical part, a practical
 * score at the pass mark too. A practical score not yet entered holds the certificate back until it is.
 */
public final class Certification {

    private Certification() {
    }

    public static boolean earned(boolean theoryPassed, boolean practicalRequired, Integer practicalScore,
                                 int passMark) {
        return theoryPassed && (!practicalRequired || (practicalScore != null && practicalScore >= passMark));
    }

    /** The certificate an attempt earned, if it has one. */
    public static Optional<Certificate> of(EntityManager em, long attemptId) {
        return em.createNamedQuery(Certificate.BY_ATTEMPT, Certificate.class).setParameter("attempt", attemptId)
                .getResultStream().findFirst();
    }

    /** Issues the attempt's certificate in the name it was registered under, unless it has one; says whether. */
    public static boolean issue(EntityManager em, Attempt attempt, Registration registration, LocalDate on) {
        if (of(em, attempt.id()).isPresent()) {
            return false;
        }
        em.persist(new Certificate(attempt.accountId(), attempt.subjectId(), attempt.id(),
                registration.candidateName(), registration.idNumberMasked(), on));
        return true;
    }
}
