package org.anquan.platform.database.control;

/** Escapes text for a LIKE pattern (backslash is MariaDB's default escape), so % and _ are matched literally. */
public final class Like {

    private Like() {
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }
}
