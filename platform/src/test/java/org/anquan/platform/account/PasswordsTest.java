package org.anquan.platform.account;

import org.anquan.platform.account.control.PasswordHasher;
import org.anquan.platform.account.control.PasswordPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordsTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesOnlyTheRightPassword() {
        String stored = hasher.hash("安全第一 2026!".toCharArray());
        assertThat(stored).startsWith("PBKDF2-SHA256:" + PasswordHasher.ITERATIONS + ":").doesNotContain("安全第一");
        assertThat(hasher.verify("安全第一 2026!".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("安全第一 2026".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "garbage")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("same password 1".toCharArray())).isNotEqualTo(hasher.hash("same password 1".toCharArray()));
    }

    @Test
    void policyNamesEachProblem() {
        assertThat(PasswordPolicy.problems("short1", "a@b.cn")).containsExactly("password.tooShort");
        assertThat(PasswordPolicy.problems("onlyletterslong", "a@b.cn")).containsExactly("password.lettersAndDigits");
        assertThat(PasswordPolicy.problems("Password123", "a@b.cn")).containsExactly("password.common");
        assertThat(PasswordPolicy.problems("13800138000x", "13800138000")).containsExactly("password.containsLogin");
        assertThat(PasswordPolicy.problems("x".repeat(129) + "1", "a@b.cn")).contains("password.tooLong");
        assertThat(PasswordPolicy.problems("高处作业系安全带2026", "a@b.cn")).isEmpty();
    }
}
