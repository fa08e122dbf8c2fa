package org.anquan.platform.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anquan.platform.account.entity.Account;
import org.anquan.platform.account.entity.Role;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.organisation.entity.Organisation;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.database.control.Like;
import org.anquan.platform.error.UnknownEntityException;

import java.time.Clock;
import java.util.List;

/** What a system administrator does with accounts: find them, lock and unlock them. Every change is audited. */
@Stateless
@RolesAllowed("SYSTEM_ADMIN")
public class AccountAdministration {

    @PersistenceContext(unitName = "platform")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @Inject
    Clock clock;

    public List<AccountView> search(@Size(max = 100) String text, @Min(0) int offset, @Min(1) @Max(200) int limit) {
        return query(text, Account.class, "SELECT a").setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(AccountView::of).toList();
    }

    public long count(@Size(max = 100) String text) {
        return query(text, Long.class, "SELECT COUNT(a)").getSingleResult();
    }

    private <T> TypedQuery<T> query(String text, Class<T> type, String select) {
        String filter = text == null ? "" : text.strip();
        String order = type == Long.class ? "" : " ORDER BY a.id";
        if (filter.isEmpty()) {
            return entityManager.createQuery(select + " FROM Account a" + order, type);
        }
        return entityManager.createQuery(select + " FROM Account a WHERE a.email LIKE :p OR a.mobile LIKE :p"
                        + " OR a.displayName LIKE :p" + order, type)
                .setParameter("p", Like.containing(filter));
    }

    public AccountView lock(long accountId, String sourceAddress) {
        Account account = find(accountId);
        account.lock();
        audit(account, "account.locked", sourceAddress);
        return AccountView.of(account);
    }

    public AccountView unlock(long accountId, String sourceAddress) {
        Account account = find(accountId);
        account.unlock();
        audit(account, "account.unlocked", sourceAddress);
        return AccountView.of(account);
    }

    public AccountView byId(long accountId) {
        return AccountView.of(find(accountId));
    }

    /** Grants a role; a scoped role needs the organisation it holds for, a global one must have none. */
    public AccountView grant(long accountId, @NotNull Role role, Long organisationId, String sourceAddress) {
        Account account = find(accountId);
        if (role.scoped() != (organisationId != null)
                || organisationId != null && entityManager.find(Organisation.class, organisationId) == null) {
            throw new BusinessException("admin.roleNeedsOrganisation");
        }
        account.grant(role, organisationId);
        audit(account, "role.granted", sourceAddress, role + (organisationId == null ? "" : "@" + organisationId));
        return AccountView.of(account);
    }

    public AccountView revoke(long accountId, @NotNull Role role, Long organisationId, String sourceAddress) {
        Account account = find(accountId);
        if (role == Role.CITIZEN) {
            throw new BusinessException("admin.citizenStays");
        }
        account.revoke(role, organisationId);
        audit(account, "role.revoked", sourceAddress, role + (organisationId == null ? "" : "@" + organisationId));
        return AccountView.of(account);
    }

    private Account find(long accountId) {
        Account account = entityManager.find(Account.class, accountId);
        if (account == null) {
            throw new UnknownEntityException("account", accountId);
        }
        return account;
    }

    private void audit(Account target, String action, String sourceAddress) {
        audit(target, action, sourceAddress, target.login());
    }

    private void audit(Account target, String action, String sourceAddress, String detail) {
        String actor = caller.getCallerPrincipal().getName();
        Long actorId = entityManager.createNamedQuery(Account.BY_LOGIN, Account.class).setParameter("login", actor)
                .getResultStream().findFirst().map(Account::id).orElse(null);
        AuditTrail.append(entityManager, new AuditEntry(clock.instant(), actorId, actor, action, "account",
                target.id().toString(), Outcome.SUCCESS, sourceAddress, detail));
    }
}
