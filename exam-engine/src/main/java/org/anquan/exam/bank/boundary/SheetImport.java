package org.anquan.exam.bank.boundary;

import java.util.List;

/** The outcome of an Excel import: either every row imported, or nothing imported and every problem listed. */
public record SheetImport(int imported, List<Problem> problems) {

    /** A problem of the sheet: its row (as Excel numbers it), the column's caption, a message key, the value read. */
    public record Problem(int row, String column, String messageKey, String value) {
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
