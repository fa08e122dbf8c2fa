package org.anquan.platform.account.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anquan.platform.account.control.PasswordHasher;
import org.anquan.platform.account.control.PasswordPolicy;
import org.anquan.platform.account.entity.Account;
import org.anquan.platform.account.entity.AccountStatus;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Registration and login of accounts; every login attempt is written to the audit trail. */
@Stateless
public class Accounts {

    /** A hash of nothing anybody knows: unknown logins cost as much time as known ones. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("no such account".toCharArray());

    @PersistenceContext(unitName = "platform")
    EntityManager entityManager;

    @EJB
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    /** Creates a pending citizen account; refuses a taken login or a weak password with a message key. */
    public AccountView register(@NotNull @Size(max = 254) String login, @NotNull @Size(max = 200) String password,
                                @NotNull @Size(min = 1, max = 100) String displayName, String sourceAddress) {
        String normalised = Account.normaliseLogin(login);
        if (!Account.isValidLogin(normalised)) {
            throw new BusinessException("account.loginInvalid");
        }
        List<String> problems = PasswordPolicy.problems(password, normalised);
        if (!problems.isEmpty()) {
            throw new BusinessException(problems.get(0));
        }
        if (byLogin(normalised).isPresent()) {
            throw new BusinessException("account.loginTaken");
        }
        Account account = new Account(normalised, hasher.hash(password.toCharArray()), displayName.strip(), now());
        entityManager.persist(account);
        entityManager.flush();
        AuditTrail.append(entityManager, new AuditEntry(now(), account.id(), normalised, "account.registered",
                "account", account.id().toString(), Outcome.SUCCESS, sourceAddress, null));
        return AccountView.of(account);
    }

    /**
     * Checks a login. Failed attempts count towards the throttle of the account; the outcome is audited in a
     * transaction of its own, so a refused login is recorded even though nothing else changes.
     */
    public LoginOutcome authenticate(String login, String password, String sourceAddress) {
        String normalised = Account.normaliseLogin(login);
        Instant now = now();
        Optional<Account> found = byLogin(normalised);
        if (found.isEmpty()) {
            hasher.verify(password == null ? new char[0] : password.toCharArray(), DUMMY_HASH);
            audit(null, normalised, "account.login", Outcome.FAILURE, sourceAddress, "unknown login");
            return LoginOutcome.failed(LoginOutcome.Result.INVALID, null);
        }
        Account account = entityManager.find(Account.class, found.get().id(), LockModeType.PESSIMISTIC_WRITE);
        if (account.status() == AccountStatus.LOCKED) {
            audit(account.id(), normalised, "account.login", Outcome.DENIED, sourceAddress, "locked");
            return LoginOutcome.failed(LoginOutcome.Result.LOCKED, null);
        }
        if (!account.acceptsLoginAttempt(now)) {
            audit(account.id(), normalised, "account.login", Outcome.DENIED, sourceAddress, "throttled");
            return LoginOutcome.failed(LoginOutcome.Result.THROTTLED, account.throttledUntil());
        }
        if (!hasher.verify(password == null ? new char[0] : password.toCharArray(), account.passwordHash())) {
            account.loginFailed(now);
            boolean throttled = !account.acceptsLoginAttempt(now);
            audit(account.id(), normalised, "account.login", Outcome.FAILURE, sourceAddress,
                    "wrong password, failure " + account.failedLogins() + (throttled ? ", throttled" : ""));
            return throttled ? LoginOutcome.failed(LoginOutcome.Result.THROTTLED, account.throttledUntil())
                    : LoginOutcome.failed(LoginOutcome.Result.INVALID, null);
        }
        if (account.status() == AccountStatus.PENDING) {
            audit(account.id(), normalised, "account.login", Outcome.DENIED, sourceAddress, "not verified");
            return LoginOutcome.failed(LoginOutcome.Result.PENDING, null);
        }
        account.loginSucceeded(now);
        if (hasher.isOutdated(account.passwordHash())) {
            account.changePassword(hasher.hash(password.toCharArray()));
        }
        audit(account.id(), normalised, "account.login", Outcome.SUCCESS, sourceAddress, null);
        return new LoginOutcome(LoginOutcome.Result.SUCCESS, account.id(), account.login(), account.displayName(),
                account.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()), null);
    }

    public AccountView byLoginName(@NotNull String login) {
        return byLogin(Account.normaliseLogin(login)).map(AccountView::of)
                .orElseThrow(() -> new UnknownEntityException("account", login));
    }

    private Optional<Account> byLogin(String normalised) {
        return entityManager.createNamedQuery(Account.BY_LOGIN, Account.class).setParameter("login", normalised)
                .getResultStream().findFirst();
    }

    private void audit(Long accountId, String login, String action, Outcome outcome, String source, String detail) {
        auditTrail.record(new AuditEntry(now(), accountId, login, action, "account",
                accountId == null ? null : accountId.toString(), outcome, source, detail));
    }

    private Instant now() {
        return clock.instant();
    }
}
