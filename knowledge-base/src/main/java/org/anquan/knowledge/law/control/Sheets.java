package org.anquan.knowledge.law.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metadata sheets with a header row, tab-separated ({@code .tsv}) or Excel ({@code .xlsx}, the first worksheet):
 * each row becomes a map from column name to value.
 */
public final class Sheets {

    private Sheets() {
    }

    /** The rows of the first worksheet of an Excel workbook; cells are read as the text they show. */
    public static List<Map<String, String>> readExcel(java.io.InputStream in) throws IOException {
        try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            List<Map<String, String>> rows = new ArrayList<>();
            org.apache.poi.ss.usermodel.Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return rows;
            }
            List<String> columns = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                columns.add(format.formatCellValue(header.getCell(c)).strip());
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    String value = format.formatCellValue(row.getCell(c)).strip();
                    if (!columns.get(c).isEmpty()) {
                        values.put(columns.get(c), value);
                    }
                }
                if (values.values().stream().anyMatch(value -> !value.isEmpty())) {
                    rows.add(values);
                }
            }
            return rows;
        } catch (org.apache.poi.EncryptedDocumentException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new IOException("not a readable Excel workbook: " + e.getMessage(), e);
        }
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
