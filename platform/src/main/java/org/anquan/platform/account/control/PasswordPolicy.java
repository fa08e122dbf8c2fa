package org.anquan.platform.account.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least 10 characters, at most 128, with letters and digits, not the login
 * itself and not one of the passwords everybody tries first. Returns message keys of the portal's bundle.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password123", "qwertyuiop", "1234567890", "abc1234567",
            "a123456789", "password1234", "1qaz2wsx3edc", "qwerty12345", "woaini1314", "admin12345");

    private PasswordPolicy() {
    }

    public static List<String> problems(String password, String login) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("password.tooShort");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            problems.add("password.lettersAndDigits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            problems.add("password.common");
        }
        if (login != null && !login.isBlank() && lower.contains(login.toLowerCase(Locale.ROOT))) {
            problems.add("password.containsLogin");
        }
        return problems;
    }
}
