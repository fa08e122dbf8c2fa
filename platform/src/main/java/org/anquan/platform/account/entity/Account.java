package org.anquan.platform.account.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's account, identified by an e-mail address or a mobile number. Repeated failed logins throttle it with
 * growing delays; a system administrator can lock it.
 */
@Entity
@Table(name = "platform_account")
@NamedQuery(name = Account.BY_LOGIN, query = "SELECT a FROM Account a WHERE a.email = :login OR a.mobile = :login")
public class Account {

    public static final String BY_LOGIN = "Account.byLogin";
    /** Failed logins allowed before the account is throttled. */
    public static final int FREE_ATTEMPTS = 5;
    private static final Duration MAX_DELAY = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 254, unique = true)
    private String email;

    @Column(length = 20, unique = true)
    private String mobile;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "throttled_until")
    private Instant throttledUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<RoleGrant> grants = new HashSet<>();

    @Version
    private int revision;

    protected Account() {
    }

    /** A new pending citizen; the e-mail address confirms the account, the mobile number is an optional login. */
    public Account(String email, String mobile, String passwordHash, String displayName, Instant now) {
        this.email = email == null ? null : normaliseLogin(email);
        this.mobile = mobile == null || mobile.isBlank() ? null : normaliseLogin(mobile);
        if (this.email == null && this.mobile == null) {
            throw new IllegalArgumentException("An account needs an e-mail address or a mobile number");
        }
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName);
        this.status = AccountStatus.PENDING;
        this.createdAt = now;
        grant(Role.CITIZEN, null);
    }

    /** E-mail addresses in lower case; mobile numbers without spaces, dashes or the +86 prefix. */
    public static String normaliseLogin(String login) {
        String trimmed = login == null ? "" : login.strip();
        if (trimmed.contains("@")) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        String digits = trimmed.replaceAll("[\\s-]", "");
        return digits.startsWith("+86") ? digits.substring(3) : digits;
    }

    public static boolean isValidLogin(String normalised) {
        return isValidEmail(normalised) || isValidMobile(normalised);
    }

    public static boolean isValidEmail(String normalised) {
        return normalised.length() <= 254 && normalised.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    }

    /** Mainland mobile numbers: eleven digits starting 13–19. */
    public static boolean isValidMobile(String normalised) {
        return normalised.matches("1[3-9]\\d{9}");
    }

    /** Whether a login may be tried now: not locked by an administrator and not throttled. */
    public boolean acceptsLoginAttempt(Instant now) {
        return status != AccountStatus.LOCKED && (throttledUntil == null || !now.isBefore(throttledUntil));
    }

    /** Records a failed login; from the fifth on, further attempts wait 1, 2, 4 … minutes (at most a day). */
    public void loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= FREE_ATTEMPTS) {
            int doublings = Math.min(failedLogins - FREE_ATTEMPTS, 20);
            Duration delay = Duration.ofMinutes(1L << doublings);
            throttledUntil = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        }
    }

    public void loginSucceeded(Instant now) {
        failedLogins = 0;
        throttledUntil = null;
        lastLoginAt = now;
    }

    /** Ends a throttle, e.g. once the owner has proven control of the mailbox by resetting the password. */
    public void clearThrottle() {
        failedLogins = 0;
        throttledUntil = null;
    }

    public void activate() {
        if (status == AccountStatus.PENDING) {
            status = AccountStatus.ACTIVE;
        }
    }

    public void lock() {
        status = AccountStatus.LOCKED;
    }

    public void unlock() {
        status = AccountStatus.ACTIVE;
        failedLogins = 0;
        throttledUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void grant(Role role, Long organisationId) {
        if (grants.stream().noneMatch(grant -> grant.is(role, organisationId))) {
            grants.add(new RoleGrant(this, role, organisationId));
        }
    }

    public void revoke(Role role, Long organisationId) {
        grants.removeIf(grant -> grant.is(role, organisationId));
    }

    /** Whether the account holds the role: anywhere for a global role, for the organisation for a scoped one. */
    public boolean holds(Role role, Long organisationId) {
        return grants.stream().anyMatch(grant -> grant.role() == role
                && (!role.scoped() || Objects.equals(grant.organisationId(), organisationId)));
    }

    public Set<Role> roles() {
        return grants.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
    }

    public Set<RoleGrant> grants() {
        return Set.copyOf(grants);
    }

    public Long id() {
        return id;
    }

    public String login() {
        return email != null ? email : mobile;
    }

    public String email() {
        return email;
    }

    public String mobile() {
        return mobile;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public AccountStatus status() {
        return status;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant throttledUntil() {
        return throttledUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }
}
