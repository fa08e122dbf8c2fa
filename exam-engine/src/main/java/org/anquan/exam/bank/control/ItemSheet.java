package org.anquan.exam.bank.control;

import org.anquan.exam.bank.entity.ItemContent;
import org.anquan.exam.bank.entity.Picture;
import org.anquan.exam.paper.control.ItemType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Excel sheet for importing items: the template (header and one example row), items written in the same
 * layout (an export that can be imported again), and the reading of a filled-in sheet into item contents with
 * every problem reported by row and column. The caller imports nothing when any row has a problem, so a sheet is
 * never half-imported.
 * <p>
 * A picture embedded in the sheet belongs to the item of the row its top left corner is anchored in (the 图片 column
 * is where the export puts it, but any column of the row will do). PNG, JPEG and GIF are written back on export;
 * POI cannot embed WebP, so a WebP picture is named in its cell instead.
 */
public final class ItemSheet {

    /** Header captions: 知识点, 题型, 难度, 题干, 选项A–H, 答案, 解析, 法律依据, 图片. */
    public static final List<String> COLUMNS = List.of("知识点", "题型", "难度", "题干", "选项A", "选项B", "选项C",
            "选项D", "选项E", "选项F", "选项G", "选项H", "答案", "解析", "法律依据", "图片");
    static final int OPTIONS_FROM = 4;
    static final int OPTIONS = 8;
    static final int PICTURE = 15;
    /** What the picture cell of an export says of a WebP picture, which POI cannot embed. */
    static final String WEBP_NOT_EMBEDDED = "WebP 图片未导出";

    /** An item to write: its content and its picture (null when it has none). */
    public record Entry(ItemContent content, Picture picture) {
    }

    /** A row read into content and its picture, null when none (row numbers as Excel shows them, from 2). */
    public record Line(int row, ItemContent content, Picture picture) {
    }

    /** A problem: the row, the column caption and a message key with its argument. */
    public record Problem(int row, String column, String messageKey, String value) {
    }

    public record Reading(List<Line> lines, List<Problem> problems) {
        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    private ItemSheet() {
    }

    /** The template to download: the header and one example row. */
    public static byte[] template() {
        return workbook(List.<String[]>of(new String[]{"basics", "单选", "2", "在潮湿场所使用的手持电动工具，应优先选用哪一类？",
                "Ⅰ类工具", "Ⅱ类工具", "Ⅲ类工具", "任意一类", "", "", "", "", "C", "潮湿场所应使用安全电压供电的Ⅲ类工具。", "", ""}),
                List.of());
    }

    /**
     * Items in the template's layout, one row each, so that the sheet can be read in again. {@code knowledgePoints}
     * maps knowledge point ids to their codes.
     */
    public static byte[] write(List<Entry> entries, Map<Long, String> knowledgePoints) {
        List<String[]> rows = new ArrayList<>();
        List<Picture> pictures = new ArrayList<>();
        for (Entry entry : entries) {
            ItemContent item = entry.content();
            String[] cells = new String[COLUMNS.size()];
            Arrays.fill(cells, "");
            cells[0] = knowledgePoints.get(item.knowledgePointId());
            cells[1] = switch (item.type()) {
                case JUDGEMENT -> "判断";
                case SINGLE_CHOICE -> "单选";
                case MULTIPLE_CHOICE -> "多选";
            };
            cells[2] = String.valueOf(item.difficulty());
            cells[3] = item.stem();
            if (item.type() != ItemType.JUDGEMENT) {
                // judgements are read as 正确/错误 whatever the option cells say, so they stay empty
                for (int k = 0; k < item.options().size(); k++) {
                    cells[OPTIONS_FROM + k] = item.options().get(k);
                }
            }
            cells[12] = answerText(item.type(), item.correct());
            cells[13] = item.explanation() == null ? "" : item.explanation();
            cells[14] = item.legalBasis() == null ? "" : item.legalBasis();
            boolean embeddable = entry.picture() != null && embeddingType(entry.picture()) != 0;
            if (entry.picture() != null && !embeddable) {
                cells[PICTURE] = WEBP_NOT_EMBEDDED;
            }
            rows.add(cells);
            pictures.add(embeddable ? entry.picture() : null);
        }
        return workbook(rows, pictures);
    }

    /** POI's picture type for embedding, 0 when POI cannot embed it (WebP). */
    private static int embeddingType(Picture picture) {
        return switch (picture.contentType()) {
            case "image/png" -> Workbook.PICTURE_TYPE_PNG;
            case "image/jpeg" -> Workbook.PICTURE_TYPE_JPEG;
            case "image/gif" -> XSSFWorkbook.PICTURE_TYPE_GIF;
            default -> 0;
        };
    }

    /** The rows below the header; {@code pictures} holds each row's picture (or null) and may be shorter. */
    private static byte[] workbook(List<String[]> rows, List<Picture> pictures) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("试题");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            XSSFDrawing drawing = null;
            for (int r = 0; r < pictures.size(); r++) {
                Picture picture = pictures.get(r);
                if (picture != null) {
                    drawing = drawing == null ? sheet.createDrawingPatriarch() : drawing;
                    // the picture fills its row's 图片 cell
                    XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, PICTURE, r + 1, PICTURE + 1, r + 2);
                    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
                    drawing.createPicture(anchor, workbook.addPicture(picture.bytes(), embeddingType(picture)));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a filled-in sheet; {@code knowledgePoints} maps the subject's knowledge point codes to their ids. */
    public static Reading read(InputStream in, Map<String, Long> knowledgePoints) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Workbook opened;
        try {
            opened = WorkbookFactory.create(in);
        } catch (IOException | org.apache.poi.EncryptedDocumentException
                 | org.apache.poi.UnsupportedFileFormatException e) {
            return new Reading(List.of(), List.of(new Problem(0, "", "items.notExcel", "")));
        }
        try (Workbook workbook = opened) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<Integer, List<byte[]>> pictures = picturesByRow(sheet);
            DataFormatter format = new DataFormatter();
            int lastRow = Math.max(sheet.getLastRowNum(), pictures.keySet().stream().mapToInt(r -> r).max().orElse(0));
            for (int r = 1; r <= lastRow; r++) {
                Row row = sheet.getRow(r);
                String[] cells = new String[COLUMNS.size()];
                boolean empty = true;
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = row == null ? "" : format.formatCellValue(row.getCell(c)).strip();
                    // the picture cell alone does not make an item (an export names a WebP picture there)
                    empty &= c == PICTURE || cells[c].isEmpty();
                }
                List<byte[]> rowPictures = pictures.getOrDefault(r, List.of());
                if (empty && !rowPictures.isEmpty()) {
                    problems.add(new Problem(r + 1, COLUMNS.get(PICTURE), "items.pictureWithoutItem", ""));
                } else if (!empty) {
                    readRow(r + 1, cells, rowPictures, knowledgePoints, lines, problems);
                }
            }
        }
        return new Reading(List.copyOf(lines), List.copyOf(problems));
    }

    /** The bytes of the pictures embedded in the sheet, by the row (from 0) their top left corner is in. */
    private static Map<Integer, List<byte[]>> picturesByRow(Sheet sheet) {
        Map<Integer, List<byte[]>> pictures = new HashMap<>();
        if (sheet instanceof XSSFSheet xssf && xssf.getDrawingPatriarch() != null) {
            for (XSSFShape shape : xssf.getDrawingPatriarch().getShapes()) {
                if (shape instanceof XSSFPicture picture && picture.getClientAnchor() != null) {
                    pictures.computeIfAbsent(picture.getClientAnchor().getRow1(), r -> new ArrayList<>())
                            .add(picture.getPictureData().getData());
                }
            }
        }
        return pictures;
    }

    private static void readRow(int row, String[] cells, List<byte[]> pictures, Map<String, Long> knowledgePoints,
                                List<Line> lines, List<Problem> problems) {
        int before = problems.size();
        Picture picture = null;
        if (pictures.size() > 1) {
            problems.add(new Problem(row, COLUMNS.get(PICTURE), "items.onePicture", Integer.toString(pictures.size())));
        } else if (pictures.size() == 1) {
            byte[] bytes = pictures.get(0);
            if (bytes.length > Picture.MAX_BYTES) {
                problems.add(new Problem(row, COLUMNS.get(PICTURE), "items.pictureTooLarge", sizeText(bytes.length)));
            } else if (Picture.typeOf(bytes).isEmpty()) {
                problems.add(new Problem(row, COLUMNS.get(PICTURE), "items.pictureUnsupported", ""));
            } else {
                picture = Picture.of(bytes);
            }
        }
        Long point = knowledgePoints.get(cells[0]);
        if (point == null) {
            problems.add(new Problem(row, COLUMNS.get(0), "items.unknownKnowledgePoint", cells[0]));
        }
        ItemType type = switch (cells[1]) {
            case "判断", "判断题", "JUDGEMENT" -> ItemType.JUDGEMENT;
            case "单选", "单选题", "SINGLE_CHOICE" -> ItemType.SINGLE_CHOICE;
            case "多选", "多选题", "MULTIPLE_CHOICE" -> ItemType.MULTIPLE_CHOICE;
            default -> null;
        };
        if (type == null) {
            problems.add(new Problem(row, COLUMNS.get(1), "items.unknownType", cells[1]));
        }
        int difficulty = cells[2].matches("[1-5]") ? Integer.parseInt(cells[2]) : 0;
        if (difficulty == 0) {
            problems.add(new Problem(row, COLUMNS.get(2), "items.badDifficulty", cells[2]));
        }
        if (cells[3].isEmpty()) {
            problems.add(new Problem(row, COLUMNS.get(3), "items.noStem", ""));
        }
        List<String> options = new ArrayList<>();
        if (type == ItemType.JUDGEMENT) {
            options = List.of("正确", "错误");
        } else {
            for (int c = OPTIONS_FROM; c < OPTIONS_FROM + OPTIONS && !cells[c].isEmpty(); c++) {
                options.add(cells[c]);
            }
        }
        Set<Integer> correct = answer(type, cells[12], options.size());
        if (correct == null) {
            problems.add(new Problem(row, COLUMNS.get(12), "items.badAnswer", cells[12]));
        }
        if (problems.size() > before) {
            return;
        }
        try {
            lines.add(new Line(row, new ItemContent(type, point, difficulty, cells[3], options, correct,
                    cells[13].isEmpty() ? null : cells[13], cells[14].isEmpty() ? null : cells[14]), picture));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(row, COLUMNS.get(12), "items.inconsistent", e.getMessage()));
        }
    }

    /** A size as people read it: 1.4 MB, 300 KB. */
    static String sizeText(int bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0)
                : (bytes + 1023) / 1024 + " KB";
    }

    /** The answer as the sheet writes it: 对 or 错 for judgements, option letters (ACD) for choices. */
    static String answerText(ItemType type, Set<Integer> correct) {
        if (type == ItemType.JUDGEMENT) {
            return correct.contains(0) ? "对" : "错";
        }
        StringBuilder letters = new StringBuilder();
        correct.stream().sorted().forEach(index -> letters.append((char) ('A' + index)));
        return letters.toString();
    }

    /** 对/错 (正确/错误, √/×) for judgements; letters A–H for choices. Null when unreadable. */
    static Set<Integer> answer(ItemType type, String text, int optionCount) {
        if (type == null || text.isEmpty()) {
            return null;
        }
        if (type == ItemType.JUDGEMENT) {
            return switch (text) {
                case "对", "正确", "√", "T", "TRUE" -> Set.of(0);
                case "错", "错误", "×", "F", "FALSE" -> Set.of(1);
                default -> null;
            };
        }
        Set<Integer> indexes = new LinkedHashSet<>();
        for (char c : text.toUpperCase().replaceAll("[\\s,，、]", "").toCharArray()) {
            int index = c - 'A';
            if (index < 0 || index >= optionCount) {
                return null;
            }
            indexes.add(index);
        }
        return indexes.isEmpty() ? null : indexes;
    }
}
