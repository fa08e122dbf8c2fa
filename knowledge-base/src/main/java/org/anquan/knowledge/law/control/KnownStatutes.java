package org.anquan.knowledge.law.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the portal knows of well-known statutes beyond their text: common names and abbreviations, status where the
 * text does not show it (repealed by a later act), industries and relations. A sheet in the imported folder may
 * say otherwise; it wins.
 */
public final class KnownStatutes {

    private static final KnownStatutes BUILT_IN = load();
    private final Map<String, Map<String, String>> byName;

    private KnownStatutes(Map<String, Map<String, String>> byName) {
        this.byName = byName;
    }

    public static KnownStatutes builtIn() {
        return BUILT_IN;
    }

    private static KnownStatutes load() {
        try (var in = KnownStatutes.class.getResourceAsStream("known-statutes.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Map<String, String>> rows = new HashMap<>();
            List<Map<String, String>> all = Sheets.read(reader);
            all.forEach(row -> rows.put(row.get("name"), row));
            return new KnownStatutes(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row for a short name, or an empty map. */
    public Map<String, String> row(String shortName) {
        return byName.getOrDefault(shortName, Map.of());
    }
}
