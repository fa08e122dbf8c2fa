package org.anquan.knowledge.law;

import org.anquan.knowledge.law.control.StatuteFile;
import org.anquan.knowledge.law.control.StatuteFolder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Metadata sheets in Excel beside (and over) tab-separated ones. */
class SheetsTest {

    @Test
    void readsAnExcelSheetAndLetsItsCellsWin(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("法规"));
        Files.writeString(folder.resolve("法规/示例条例.md"), "# 示例条例\n\n<!-- INFO END -->\n\n第一条 示例。\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("a.tsv"), "path\tstatus\tregion\n法规/示例条例.md\t现行有效\t东海\n",
                StandardCharsets.UTF_8);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(folder.resolve("b.xlsx"))) {
            Sheet sheet = workbook.createSheet("metadata");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("path");
            header.createCell(1).setCellValue("status");
            header.createCell(2).setCellValue("names");
            header.createCell(3).setCellValue("region");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("法规/示例条例.md");
            row.createCell(1).setCellValue("已废止");
            row.createCell(2).setCellValue("示例|样例条例");
            workbook.write(out);
        }
        StatuteFile file = new StatuteFolder(folder).read("法规/示例条例.md");
        assertThat(file.column("status")).isEqualTo("已废止");
        assertThat(file.column("names")).isEqualTo("示例|样例条例");
        assertThat(file.column("region")).isEqualTo("东海"); // an empty Excel cell leaves the TSV's value
    }
}
