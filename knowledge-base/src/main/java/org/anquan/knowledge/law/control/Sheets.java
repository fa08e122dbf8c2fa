package org.anquan.knowledge.law.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tab-separated sheets with a header row: each row becomes a map from column name to value. */
public final class Sheets {

    private Sheets() {
    }

    public static List<Map<String, String>> read(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            return List.of();
        }
        String[] columns = header.replace("\uFEFF", "").split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.length && i < cells.length; i++) {
                row.put(columns[i].strip(), cells[i].strip());
            }
            rows.add(row);
        }
        return rows;
    }
}
