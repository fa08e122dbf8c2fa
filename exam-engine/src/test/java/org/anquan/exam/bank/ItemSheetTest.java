package org.anquan.exam.bank;

import org.anquan.exam.bank.control.ItemSheet;
import org.anquan.exam.paper.control.ItemType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ItemSheetTest {

    private static final Map<String, Long> POINTS = Map.of("basics", 1L, "first-aid", 2L);

    @Test
    void theTemplatesExampleRowReads() throws IOException {
        ItemSheet.Reading reading = ItemSheet.read(new ByteArrayInputStream(ItemSheet.template()), POINTS);
        assertThat(reading.isClean()).isTrue();
        assertThat(reading.lines()).singleElement().satisfies(line -> {
            assertThat(line.content().type()).isEqualTo(ItemType.SINGLE_CHOICE);
            assertThat(line.content().correct()).containsExactly(2);
            assertThat(line.content().options()).hasSize(4);
        });
    }

    @Test
    void reportsEveryProblemByRowAndColumn() throws IOException {
        byte[] sheet = workbook(new String[][]{
                {"first-aid", "判断", "1", "发现有人触电，应先切断电源。", "", "", "", "", "", "", "", "", "对", "", ""},
                {"first-aid", "多选", "3", "触电急救包括哪些？", "切断电源", "心肺复苏", "泼水", "", "", "", "", "", "A、B", "", ""},
                {"nowhere", "单选", "7", "", "甲", "乙", "", "", "", "", "", "", "C", "", ""},
                {"basics", "多选", "2", "题干", "甲", "乙", "丙", "", "", "", "", "", "A", "", ""},
                {"basics", "问答", "2", "题干", "", "", "", "", "", "", "", "", "对", "", ""}});
        ItemSheet.Reading reading = ItemSheet.read(new ByteArrayInputStream(sheet), POINTS);
        assertThat(reading.lines()).extracting(ItemSheet.Line::row).containsExactly(2, 3);
        assertThat(reading.lines().get(0).content().correct()).isEqualTo(Set.of(0));
        assertThat(reading.lines().get(1).content().correct()).isEqualTo(Set.of(0, 1));
        assertThat(reading.problems()).extracting(p -> p.row() + ":" + p.messageKey()).containsExactly(
                "4:items.unknownKnowledgePoint", "4:items.badDifficulty", "4:items.noStem", "4:items.badAnswer",
                "5:items.inconsistent", "6:items.unknownType", "6:items.badAnswer");
        assertThat(reading.isClean()).isFalse();
    }

    @Test
    void somethingElseThanExcelIsOneProblem() throws IOException {
        assertThat(ItemSheet.read(new ByteArrayInputStream("not a workbook".getBytes()), POINTS).problems())
                .extracting(ItemSheet.Problem::messageKey).containsExactly("items.notExcel");
    }

    private static byte[] workbook(String[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            for (int c = 0; c < ItemSheet.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(ItemSheet.COLUMNS.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
