package org.anquan.platform.identity.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit region code, 8-digit birth date, 3-digit sequence and a check character
 * computed with ISO 7064 MOD 11-2 over the first 17 digits.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Why a number was refused; each has a message key of the portal's bundle. */
    public enum Problem {
        FORMAT, CHECK_DIGIT, BIRTH_DATE
    }

    private IdNumbers() {
    }

    /** Upper-cases the check character and removes spaces people type in; does not validate. */
    public static String normalise(String input) {
        return input == null ? "" : input.replaceAll("[\\s\\u3000]", "").toUpperCase();
    }

    /** Nothing when the (normalised) number is valid on the given day; otherwise why not. */
    public static Optional<Problem> check(String number, LocalDate today) {
        if (number == null || !number.matches("\\d{17}[\\dX]")) {
            return Optional.of(Problem.FORMAT);
        }
        if (number.charAt(17) != checkCharacter(number.substring(0, 17))) {
            return Optional.of(Problem.CHECK_DIGIT);
        }
        Optional<LocalDate> birth = birthDate(number);
        if (birth.isEmpty() || birth.get().isAfter(today) || birth.get().isBefore(LocalDate.of(1900, 1, 1))) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        return Optional.empty();
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** 110101********1234: the region code and the last four characters, nothing of the birth date. */
    public static String mask(String number) {
        if (number == null || number.length() != 18) {
            return "******************";
        }
        return number.substring(0, 6) + "********" + number.substring(14);
    }
}
