package org.anquan.platform.account;

import org.anquan.platform.account.entity.Account;
import org.anquan.platform.account.entity.AccountStatus;
import org.anquan.platform.account.entity.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void normalisesLogins() {
        assertThat(Account.normaliseLogin("  Zhang.San@Example.CN ")).isEqualTo("zhang.san@example.cn");
        assertThat(Account.normaliseLogin("+86 138-0013-8000")).isEqualTo("13800138000");
        assertThat(Account.isValidLogin("13800138000")).isTrue();
        assertThat(Account.isValidLogin("12800138000")).isFalse();
        assertThat(Account.isValidLogin("zhang.san@example.cn")).isTrue();
        assertThat(Account.isValidLogin("zhang.san@")).isFalse();
    }

    @Test
    void newAccountsArePendingCitizens() {
        Account account = new Account("zhang.san@example.cn", "13800138000", "hash", "张三", NOW);
        assertThat(account.status()).isEqualTo(AccountStatus.PENDING);
        assertThat(account.roles()).containsExactly(Role.CITIZEN);
        account.activate();
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void throttlesAfterFiveFailuresWithGrowingDelays() {
        Account account = new Account("a@example.cn", null, "hash", "A", NOW);
        for (int i = 0; i < 4; i++) {
            account.loginFailed(NOW);
        }
        assertThat(account.acceptsLoginAttempt(NOW)).isTrue();
        account.loginFailed(NOW);
        assertThat(account.acceptsLoginAttempt(NOW)).isFalse();
        assertThat(account.acceptsLoginAttempt(NOW.plus(Duration.ofMinutes(1)))).isTrue();
        account.loginFailed(NOW);
        assertThat(account.throttledUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        account.loginFailed(NOW);
        assertThat(account.throttledUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        for (int i = 0; i < 30; i++) {
            account.loginFailed(NOW);
        }
        assertThat(account.throttledUntil()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        account.loginSucceeded(NOW);
        assertThat(account.failedLogins()).isZero();
        assertThat(account.acceptsLoginAttempt(NOW)).isTrue();
    }

    @Test
    void lockedAccountsAcceptNoLogin() {
        Account account = new Account("a@example.cn", null, "hash", "A", NOW);
        account.lock();
        assertThat(account.acceptsLoginAttempt(NOW.plus(Duration.ofDays(30)))).isFalse();
        account.unlock();
        assertThat(account.acceptsLoginAttempt(NOW)).isTrue();
    }

    @Test
    void scopedRolesHoldOnlyForTheirOrganisation() {
        Account account = new Account("admin@centre.cn", null, "hash", "考点管理员", NOW);
        account.grant(Role.CENTRE_ADMIN, 7L);
        assertThat(account.holds(Role.CENTRE_ADMIN, 7L)).isTrue();
        assertThat(account.holds(Role.CENTRE_ADMIN, 8L)).isFalse();
        assertThat(account.holds(Role.CITIZEN, 8L)).isTrue();
        assertThatThrownBy(() -> account.grant(Role.PROCTOR, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.grant(Role.SYSTEM_ADMIN, 7L)).isInstanceOf(IllegalArgumentException.class);
    }
}
