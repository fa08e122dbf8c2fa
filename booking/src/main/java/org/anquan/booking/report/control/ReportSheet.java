package org.anquan.booking.report.control;

import org.anquan.booking.report.boundary.BaseReport;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * A base report as an Excel workbook: one sheet each for facility use, attendance and kinds of organisation, rates
 * as percentages. {@code label} words the headings (keys {@code report.sheet.*}, {@code report.column.*} and
 * {@code report.kind.*}) in the reader's language.
 */
public final class ReportSheet {

    private ReportSheet() {
    }

    public static byte[] write(BaseReport report, Function<String, String> label) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));

            Sheet use = sheet(workbook, label.apply("report.sheet.utilisation"), bold, label, report,
                    "report.column.facility", "report.column.slotsOffered", "report.column.slotsBooked",
                    "report.column.placesOffered", "report.column.peopleBooked", "report.column.bookings",
                    "report.column.utilisation");
            for (BaseReport.FacilityUse facility : report.facilities()) {
                Row row = use.createRow(use.getLastRowNum() + 1);
                row.createCell(0).setCellValue(facility.name());
                row.createCell(1).setCellValue(facility.slotsOffered());
                row.createCell(2).setCellValue(facility.slotsBooked());
                row.createCell(3).setCellValue(facility.placesOffered());
                row.createCell(4).setCellValue(facility.peopleBooked());
                row.createCell(5).setCellValue(facility.bookings());
                row.createCell(6).setCellValue(facility.utilisation());
                row.getCell(6).setCellStyle(percent);
            }

            Sheet attendance = sheet(workbook, label.apply("report.sheet.attendance"), bold, label, report,
                    "report.column.outcome", "report.column.bookings", "report.column.share");
            BaseReport.Attendance figures = report.attendance();
            outcome(attendance, percent, label.apply("report.checkedIn"), figures.checkedIn(), figures.checkedInRate());
            outcome(attendance, percent, label.apply("report.noShow"), figures.noShow(), figures.noShowRate());
            outcome(attendance, percent, label.apply("report.confirmed"), figures.confirmed(), figures.confirmedRate());

            Sheet kinds = sheet(workbook, label.apply("report.sheet.kinds"), bold, label, report,
                    "report.column.kind", "report.column.bookings", "report.column.people");
            for (BaseReport.KindCount kind : report.kinds()) {
                Row row = kinds.createRow(kinds.getLastRowNum() + 1);
                row.createCell(0).setCellValue(label.apply("report.kind." + kind.kind()));
                row.createCell(1).setCellValue(kind.bookings());
                row.createCell(2).setCellValue(kind.people());
            }
            for (Sheet sheet : List.of(use, attendance, kinds)) {
                sheet.setColumnWidth(0, 30 * 256);
                for (int column = 1; column < 7; column++) {
                    sheet.setColumnWidth(column, 14 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet headed by the base and period, then a row of column headings. */
    private static Sheet sheet(XSSFWorkbook workbook, String name, CellStyle bold, Function<String, String> label,
                               BaseReport report, String... columns) {
        Sheet sheet = workbook.createSheet(name);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(report.baseName() + " · " + report.from() + " – " + report.to());
        title.getCell(0).setCellStyle(bold);
        Row heading = sheet.createRow(2);
        for (int i = 0; i < columns.length; i++) {
            heading.createCell(i).setCellValue(label.apply(columns[i]));
            heading.getCell(i).setCellStyle(bold);
        }
        return sheet;
    }

    private static void outcome(Sheet sheet, CellStyle percent, String name, int count, double rate) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(count);
        row.createCell(2).setCellValue(rate);
        row.getCell(2).setCellStyle(percent);
    }
}
