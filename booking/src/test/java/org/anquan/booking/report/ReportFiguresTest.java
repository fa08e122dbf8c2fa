package org.anquan.booking.report;

import org.anquan.booking.report.boundary.BaseReport;
import org.anquan.booking.report.control.ReportFigures;
import org.anquan.booking.report.control.ReportSheet;
import org.anquan.booking.reservation.entity.BookingStatus;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReportFiguresTest {

    private static final Instant NOW = Instant.parse("2026-11-10T00:00:00Z");
    private static final Instant PAST = Instant.parse("2026-11-05T02:00:00Z");
    private static final Instant COMING = Instant.parse("2026-11-20T02:00:00Z");

    private static BaseReport report() {
        List<ReportFigures.Offer> offers = List.of(new ReportFigures.Offer(1, "地震体验屋", 10, 20),
                new ReportFigures.Offer(2, "烟雾逃生通道", 4, 25));
        List<ReportFigures.Row> rows = List.of(
                new ReportFigures.Row(1, 100, 12, BookingStatus.CHECKED_IN, "SCHOOL", PAST),
                new ReportFigures.Row(1, 100, 8, BookingStatus.NO_SHOW, "ENTERPRISE", PAST),
                new ReportFigures.Row(1, 101, 5, BookingStatus.CONFIRMED, "SCHOOL", PAST),
                new ReportFigures.Row(1, 102, 10, BookingStatus.CONFIRMED, null, COMING),
                new ReportFigures.Row(1, 102, 6, BookingStatus.WAITLISTED, "SCHOOL", COMING),
                new ReportFigures.Row(1, 103, 9, BookingStatus.CANCELLED, "SCHOOL", COMING),
                new ReportFigures.Row(2, 200, 25, BookingStatus.PENDING, "RESCUE_TEAM", COMING));
        return ReportFigures.compute(4, "体验基地", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), offers,
                rows, NOW);
    }

    @Test
    void utilisationIsPeopleBookedOverThePlacesOfTheSlotsOffered() {
        BaseReport.FacilityUse quake = report().facilities().get(0);
        assertThat(quake.slotsOffered()).isEqualTo(10);
        assertThat(quake.placesOffered()).isEqualTo(200);
        // waiting and cancelled bookings hold no places
        assertThat(quake.peopleBooked()).isEqualTo(12 + 8 + 5 + 10);
        assertThat(quake.slotsBooked()).isEqualTo(3);
        assertThat(quake.bookings()).isEqualTo(4);
        assertThat(quake.utilisation()).isCloseTo(35.0 / 200, within(1e-9));
        BaseReport.FacilityUse smoke = report().facilities().get(1);
        assertThat(smoke.utilisation()).isCloseTo(25.0 / 100, within(1e-9));
    }

    @Test
    void attendanceCountsOnlySlotsThatHaveBegun() {
        BaseReport.Attendance attendance = report().attendance();
        assertThat(attendance.checkedIn()).isEqualTo(1);
        assertThat(attendance.noShow()).isEqualTo(1);
        assertThat(attendance.confirmed()).isEqualTo(1);
        assertThat(attendance.noShowRate()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void kindsCountBookedGroupsAndPeopleMostFirst() {
        assertThat(report().kinds()).containsExactly(new BaseReport.KindCount("SCHOOL", 2, 17),
                new BaseReport.KindCount("ENTERPRISE", 1, 8), new BaseReport.KindCount("OTHER", 1, 10),
                new BaseReport.KindCount("RESCUE_TEAM", 1, 25));
    }

    @Test
    void nothingOfferedIsNoDivisionByZero() {
        BaseReport empty = ReportFigures.compute(4, "空", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1),
                List.of(new ReportFigures.Offer(1, "关闭", 0, 20)), List.of(), NOW);
        assertThat(empty.facilities().get(0).utilisation()).isZero();
        assertThat(empty.attendance().noShowRate()).isZero();
    }

    @Test
    void theWorkbookHasASheetPerTable() throws Exception {
        byte[] bytes = ReportSheet.write(report(), key -> key);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("地震体验屋");
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(6).getNumericCellValue())
                    .isCloseTo(0.175, within(1e-9));
            assertThat(workbook.getSheetAt(2).getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("report.kind.SCHOOL");
        }
    }
}
