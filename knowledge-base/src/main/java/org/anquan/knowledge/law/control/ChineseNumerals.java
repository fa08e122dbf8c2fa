package org.anquan.knowledge.law.control;

/** Chinese numerals as used in article and chapter numbers (第一百一十九条, 第十二章), and back. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of a Chinese (一百零五, 十二, 两千) or Arabic (105) numeral; -1 when it is neither. */
    public static int parse(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            return -1;
        }
        if (numeral.chars().allMatch(Character::isDigit)) {
            return numeral.length() > 6 ? -1 : Integer.parseInt(numeral);
        }
        int total = 0;
        int section = 0;
        int digit = -1;
        for (char c : numeral.toCharArray()) {
            int value = c == '两' ? 2 : c == '〇' ? 0 : DIGITS.indexOf(c);
            if (value >= 0) {
                digit = value;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit == 10000) {
                total = (total + section + Math.max(digit, 0)) * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return total + section + Math.max(digit, 0);
    }

    /** 21 → 二十一, 105 → 一百零五, 10 → 十 (the way statutes write them). */
    public static String format(int value) {
        if (value <= 0 || value >= 10000) {
            return Integer.toString(value);
        }
        StringBuilder text = new StringBuilder();
        int[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        boolean zero = false;
        for (int i = 0; i < units.length; i++) {
            int d = value / units[i] % 10;
            if (d == 0) {
                zero = text.length() > 0;
                continue;
            }
            if (zero) {
                text.append('零');
                zero = false;
            }
            if (!(d == 1 && units[i] == 10 && text.length() == 0)) {
                text.append(DIGITS.charAt(d));
            }
            text.append(names[i]);
        }
        return text.toString();
    }
}
