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
import org.anquan.platform.account.entity.AccountToken;
import org.anquan.platform.account.entity.TokenPurpose;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.platform.mail.boundary.Mails;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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

    @Inject
    @ConfigProperty(name = "anquan.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private final PasswordHasher hasher = new PasswordHasher();

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    /**
     * Creates a pending citizen account and mails a verification link to its e-mail address. The mobile number is
     * optional and becomes a second login. Refuses a taken login or a weak password with a message key.
     */
    public AccountView register(@NotNull @Size(max = 254) String email, @Size(max = 30) String mobile,
                                @NotNull @Size(max = 200) String password,
                                @NotNull @Size(min = 1, max = 100) String displayName,
                                @NotNull Locale locale, String sourceAddress) {
        String address = Account.normaliseLogin(email);
        if (!Account.isValidEmail(address)) {
            throw new BusinessException("account.emailInvalid");
        }
        String phone = mobile == null || mobile.isBlank() ? null : Account.normaliseLogin(mobile);
        if (phone != null && !Account.isValidMobile(phone)) {
            throw new BusinessException("account.mobileInvalid");
        }
        List<String> problems = PasswordPolicy.problems(password, address);
        if (problems.isEmpty() && phone != null) {
            problems = PasswordPolicy.problems(password, phone);
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(problems.get(0));
        }
        if (byLogin(address).isPresent() || phone != null && byLogin(phone).isPresent()) {
            throw new BusinessException("account.loginTaken");
        }
        Instant now = now();
        Account account = new Account(address, phone, hasher.hash(password.toCharArray()), displayName.strip(), now);
        entityManager.persist(account);
        AccountToken.Issued token = AccountToken.issue(account, TokenPurpose.VERIFY, now.plus(VERIFICATION_VALIDITY));
        entityManager.persist(token.token());
        entityManager.flush();
        Mails.queue(entityManager, address, "verify", locale, now, account.displayName(),
                publicUrl + "/verify.xhtml?token=" + token.secret());
        AuditTrail.append(entityManager, new AuditEntry(now, account.id(), address, "account.registered",
                "account", account.id().toString(), Outcome.SUCCESS, sourceAddress, null));
        return AccountView.of(account);
    }

    /** Activates the account of a verification link; refuses a used, expired or unknown link. */
    public AccountView verify(@NotNull @Size(max = 100) String secret, String sourceAddress) {
        AccountToken token = redeem(secret, TokenPurpose.VERIFY);
        Account account = token.account();
        account.activate();
        AuditTrail.append(entityManager, new AuditEntry(now(), account.id(), account.login(), "account.verified",
                "account", account.id().toString(), Outcome.SUCCESS, sourceAddress, null));
        return AccountView.of(account);
    }

    /**
     * Mails a reset link when the login belongs to an account with an e-mail address. Says nothing either way, so
     * the form cannot be used to find out who has an account.
     */
    public void requestPasswordReset(@NotNull @Size(max = 254) String login, @NotNull Locale locale,
                                     String sourceAddress) {
        Optional<Account> found = byLogin(Account.normaliseLogin(login));
        Instant now = now();
        if (found.isEmpty() || found.get().email() == null || found.get().status() == AccountStatus.LOCKED) {
            auditTrail.record(new AuditEntry(now, null, Account.normaliseLogin(login), "account.reset.requested",
                    "account", null, Outcome.FAILURE, sourceAddress, "no such account"));
            return;
        }
        Account account = found.get();
        AccountToken.Issued token = AccountToken.issue(account, TokenPurpose.RESET, now.plus(RESET_VALIDITY));
        entityManager.persist(token.token());
        Mails.queue(entityManager, account.email(), "reset", locale, now, account.displayName(),
                publicUrl + "/reset.xhtml?token=" + token.secret());
        AuditTrail.append(entityManager, new AuditEntry(now, account.id(), account.login(), "account.reset.requested",
                "account", account.id().toString(), Outcome.SUCCESS, sourceAddress, null));
    }

    /** Sets a new password through a reset link; also ends a throttle and confirms the address. */
    public void resetPassword(@NotNull @Size(max = 100) String secret, @NotNull @Size(max = 200) String newPassword,
                              String sourceAddress) {
        AccountToken token = redeem(secret, TokenPurpose.RESET);
        Account account = token.account();
        List<String> problems = PasswordPolicy.problems(newPassword, account.login());
        if (!problems.isEmpty()) {
            throw new BusinessException(problems.get(0));
        }
        account.changePassword(hasher.hash(newPassword.toCharArray()));
        account.activate();
        account.clearThrottle();
        AuditTrail.append(entityManager, new AuditEntry(now(), account.id(), account.login(), "account.password.reset",
                "account", account.id().toString(), Outcome.SUCCESS, sourceAddress, null));
    }

    private AccountToken redeem(String secret, TokenPurpose purpose) {
        AccountToken token = entityManager.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", AccountToken.hash(secret))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("account.tokenInvalid"));
        if (!token.redeem(purpose, now())) {
            throw new BusinessException("account.tokenInvalid");
        }
        return token;
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

    /** The address mails to this account go to; empty for an account known by its mobile number only. */
    public Optional<String> emailOf(long accountId) {
        return Optional.ofNullable(entityManager.find(Account.class, accountId)).map(Account::email);
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
