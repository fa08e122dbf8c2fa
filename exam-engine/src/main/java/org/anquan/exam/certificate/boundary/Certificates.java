package org.anquan.exam.certificate.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.anquan.exam.bank.entity.Subject;
import org.anquan.exam.certificate.entity.Certificate;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.error.UnknownEntityException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Certificates: the holder's own, their document, and the public check by number and name. */
@Stateless
public class Certificates {

    @PersistenceContext(unitName = "exam")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    @Inject
    Clock clock;

    @RolesAllowed("CITIZEN")
    public List<CertificateView> mine() {
        AccountView me = me();
        return entityManager.createNamedQuery(Certificate.OF_ACCOUNT, Certificate.class)
                .setParameter("account", me.id()).getResultStream().map(this::view).toList();
    }

    /** One of the caller's certificates (or any, for exam administrators). */
    @RolesAllowed({"CITIZEN", "EXAM_ADMIN"})
    public CertificateView one(@NotBlank @Size(max = 30) String number) {
        Certificate certificate = byNumber(number.strip())
                .filter(c -> c.accountId() == me().id() || caller.isCallerInRole("EXAM_ADMIN"))
                .orElseThrow(() -> new UnknownEntityException("certificate", number));
        return view(certificate);
    }

    /**
     * The public check: both the number and the holder's name must match (so numbers cannot be walked to collect
     * names); a miss says nothing about which of the two was wrong.
     */
    @PermitAll
    public Optional<Verification> verify(@NotBlank @Size(max = 30) String number,
                                         @NotBlank @Size(max = 50) String holderName) {
        return byNumber(number.strip().toUpperCase())
                .filter(c -> c.holderName().equals(holderName.strip()))
                .map(c -> new Verification(c.number(), c.holderName(),
                        entityManager.find(Subject.class, c.subjectId()).name(), c.issuedOn(), c.validUntil(),
                        c.validity(today())));
    }

    private Optional<Certificate> byNumber(String number) {
        return entityManager.createNamedQuery(Certificate.BY_NUMBER, Certificate.class).setParameter("number", number)
                .getResultStream().findFirst();
    }

    private CertificateView view(Certificate c) {
        Subject subject = entityManager.find(Subject.class, c.subjectId());
        return new CertificateView(c.number(), c.holderName(), c.idNumberMasked(), subject.name(),
                subject.category(), c.issuedOn(), c.validUntil(), c.nextReviewOn(), c.validity(today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.CHINA));
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
