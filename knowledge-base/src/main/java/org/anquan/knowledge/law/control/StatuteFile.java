package org.anquan.knowledge.law.control;

import java.util.Map;

/**
 * A statute file to import: its path inside the folder (as in the metadata sheet), its text and the sheet's row
 * for it (column → value; empty when the sheet has no row).
 */
public record StatuteFile(String path, String text, Map<String, String> sheet) {

    public String column(String name) {
        String value = sheet.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
