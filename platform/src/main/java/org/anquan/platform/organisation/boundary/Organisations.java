package org.anquan.platform.organisation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anquan.platform.account.entity.Account;
import org.anquan.platform.account.entity.Role;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.error.AccessDeniedException;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.platform.organisation.entity.Organisation;
import org.anquan.platform.organisation.entity.OrganisationKind;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * Organisations and the people in them. Whoever holds a scoped role in an organisation (centre administrator,
 * base administrator, …) sees its members; so does a system administrator; nobody else, whatever id they try.
 */
@Stateless
public class Organisations {

    @PersistenceContext(unitName = "platform")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @Inject
    Clock clock;

    @RolesAllowed("SYSTEM_ADMIN")
    public List<OrganisationView> all() {
        return entityManager.createQuery("SELECT o FROM Organisation o ORDER BY o.kind, o.code", Organisation.class)
                .getResultStream().map(OrganisationView::of).toList();
    }

    /** Organisations of one kind (campaign organisers that take outreach requests, say): public names only. */
    @jakarta.annotation.security.PermitAll
    public List<OrganisationView> ofKind(@NotNull String kind) {
        return entityManager.createQuery("SELECT o FROM Organisation o ORDER BY o.code", Organisation.class)
                .getResultStream().filter(organisation -> organisation.kind().name().equals(kind))
                .map(OrganisationView::of).toList();
    }

    /** Registers an organisation; codes are unique. */
    @RolesAllowed("SYSTEM_ADMIN")
    public OrganisationView create(@NotNull @Size(min = 1, max = 40) String code, @NotNull @Size(min = 1, max = 200) String name,
                                   @NotNull OrganisationKind kind, @Size(max = 60) String region, String sourceAddress) {
        String normalisedCode = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!normalisedCode.matches("[A-Z0-9][A-Z0-9-]{0,39}")) {
            throw new BusinessException("organisation.codeInvalid");
        }
        boolean taken = entityManager.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.code = :code", Long.class)
                .setParameter("code", normalisedCode).getSingleResult() > 0;
        if (taken) {
            throw new BusinessException("organisation.codeTaken");
        }
        Organisation organisation = new Organisation(normalisedCode, name.strip(), kind,
                region == null || region.isBlank() ? null : region.strip());
        entityManager.persist(organisation);
        entityManager.flush();
        String actor = caller.getCallerPrincipal().getName();
        AuditTrail.append(entityManager, new AuditEntry(clock.instant(), null, actor, "organisation.created",
                "organisation", organisation.id().toString(), Outcome.SUCCESS, sourceAddress, normalisedCode));
        return OrganisationView.of(organisation);
    }

    @PermitAll
    public List<MemberView> members(long organisationId) {
        Organisation organisation = entityManager.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new UnknownEntityException("organisation", organisationId);
        }
        requireInsider(organisationId);
        return entityManager.createQuery("""
                        SELECT DISTINCT a FROM Account a JOIN a.grants g
                        WHERE g.organisationId = :organisation ORDER BY a.id""", Account.class)
                .setParameter("organisation", organisationId)
                .getResultStream()
                .flatMap(account -> account.grants().stream()
                        .filter(grant -> Long.valueOf(organisationId).equals(grant.organisationId()))
                        .map(grant -> new MemberView(account.id(), account.displayName(), account.login(),
                                grant.role().name())))
                .sorted(Comparator.comparing(MemberView::accountId).thenComparing(MemberView::role))
                .toList();
    }

    private void requireInsider(long organisationId) {
        if (caller.isCallerInRole(Role.SYSTEM_ADMIN.name())) {
            return;
        }
        String login = caller.getCallerPrincipal() == null ? null : caller.getCallerPrincipal().getName();
        boolean insider = login != null && entityManager.createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("login", login).getResultStream()
                .anyMatch(account -> account.grants().stream()
                        .anyMatch(grant -> grant.role().scoped() && Long.valueOf(organisationId).equals(grant.organisationId())));
        if (!insider) {
            throw new AccessDeniedException("organisation", organisationId);
        }
    }
}
