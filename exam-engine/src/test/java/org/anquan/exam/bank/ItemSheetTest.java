package org.anquan.exam.bank;

import org.anquan.exam.bank.control.ItemSheet;
import org.anquan.exam.bank.entity.ItemContent;
import org.anquan.exam.bank.entity.Picture;
import org.anquan.exam.paper.control.ItemType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
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

    @Test
    void picturesGoOutWithTheirRowsAndComeBackToTheirItems() throws IOException {
        Picture png = Picture.of(PictureTest.sized(PictureTest.PNG, 3000));
        Picture jpeg = Picture.of(PictureTest.sized(PictureTest.JPEG, 2000));
        Picture gif = Picture.of(PictureTest.sized(PictureTest.GIF, 500));
        List<ItemSheet.Entry> entries = List.of(
                new ItemSheet.Entry(choice("看图判断：哪一个是Ⅲ类工具的标志？"), png),
                new ItemSheet.Entry(choice("没有图片的题"), null),
                new ItemSheet.Entry(choice("看图：这个插座安装是否正确？"), jpeg),
                new ItemSheet.Entry(choice("看图：哪一处接线错误？"), gif));

        byte[] sheet = ItemSheet.write(entries, Map.of(1L, "basics", 2L, "first-aid"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(15).getStringCellValue()).isEqualTo("图片");
            assertThat(workbook.getSheetAt(0).getDrawingPatriarch().getShapes()).hasSize(3);
        }
        ItemSheet.Reading reading = ItemSheet.read(new ByteArrayInputStream(sheet), POINTS);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.lines()).extracting(ItemSheet.Line::content)
                .containsExactlyElementsOf(entries.stream().map(ItemSheet.Entry::content).toList());
        assertThat(reading.lines()).extracting(ItemSheet.Line::picture).containsExactly(png, null, jpeg, gif);
    }

    @Test
    void aPictureAnywhereInTheRowBelongsToItsItem() throws IOException {
        byte[] sheet = withPictures(new String[][]{
                {"basics", "判断", "1", "看图判断：这样接地正确。", "", "", "", "", "", "", "", "", "对", "", ""}},
                new Placed(1, 3, PictureTest.sized(PictureTest.PNG, 100)));
        assertThat(ItemSheet.read(new ByteArrayInputStream(sheet), POINTS).lines()).singleElement()
                .satisfies(line -> assertThat(line.picture().contentType()).isEqualTo("image/png"));
    }

    @Test
    void anOversizedOrUnknownPictureIsAProblemOfItsRowAndNothingIsRead() throws IOException {
        byte[] sheet = withPictures(new String[][]{
                        {"basics", "判断", "1", "图片太大", "", "", "", "", "", "", "", "", "对", "", ""},
                        {"basics", "判断", "1", "图片不是图片", "", "", "", "", "", "", "", "", "对", "", ""},
                        {"basics", "判断", "1", "两张图片", "", "", "", "", "", "", "", "", "对", "", ""},
                        {"basics", "判断", "1", "好的一行", "", "", "", "", "", "", "", "", "对", "", ""}},
                new Placed(1, 15, PictureTest.sized(PictureTest.JPEG, Picture.MAX_BYTES + 300 * 1024)),
                // declared and stored as a PNG, but it is a bitmap: the bytes decide
                new Placed(2, 15, PictureTest.sized(new byte[]{'B', 'M'}, 200)),
                new Placed(3, 15, PictureTest.sized(PictureTest.PNG, 100)),
                new Placed(3, 14, PictureTest.sized(PictureTest.PNG, 120)),
                new Placed(6, 15, PictureTest.sized(PictureTest.PNG, 100)));

        ItemSheet.Reading reading = ItemSheet.read(new ByteArrayInputStream(sheet), POINTS);

        assertThat(reading.isClean()).isFalse();
        assertThat(reading.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey() + ":" + p.value())
                .containsExactly("2:图片:items.pictureTooLarge:1.3 MB", "3:图片:items.pictureUnsupported:",
                        "4:图片:items.onePicture:2", "7:图片:items.pictureWithoutItem:");
        assertThat(reading.lines()).extracting(ItemSheet.Line::row).containsExactly(5);
    }

    private static ItemContent choice(String stem) {
        return new ItemContent(ItemType.SINGLE_CHOICE, 1L, 2, stem, List.of("甲", "乙", "丙"), Set.of(1), null, null);
    }

    /** A picture whose top left corner is in the row and column (both from 0). */
    private record Placed(int row, int column, byte[] bytes) {
    }

    private static byte[] withPictures(String[][] rows, Placed... pictures) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbook(rows)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            for (Placed placed : pictures) {
                int index = workbook.addPicture(placed.bytes(), Workbook.PICTURE_TYPE_PNG);
                XSSFPicture picture = drawing.createPicture(new XSSFClientAnchor(0, 0, 0, 0, placed.column(),
                        placed.row(), placed.column() + 1, placed.row() + 1), index);
                assertThat(picture.getPictureData().getData()).hasSize(placed.bytes().length);
            }
            workbook.write(out);
            return out.toByteArray();
        }
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
