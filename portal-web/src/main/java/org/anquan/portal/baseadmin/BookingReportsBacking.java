package org.anquan.portal.baseadmin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.anquan.booking.base.control.SlotRules;
import org.anquan.booking.report.boundary.BaseReport;
import org.anquan.booking.report.boundary.BookingReports;
import org.anquan.booking.report.control.ReportSheet;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * /base-admin/reports.xhtml: a base's figures for a period, for its staff (web.xml admits base and system
 * administrators; the boundary checks the base is theirs): facility use, attendance and no-shows, bookings by kind
 * of organisation, as charts with the same figures as tables, and as an Excel workbook.
 */
@Named
@ViewScoped
public class BookingReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BRAND = "#b3261e";

    @EJB
    transient BookingReports reports;

    @Inject
    Texts texts;

    private Long baseId;
    private LocalDate from = LocalDate.now(SlotRules.CHINA).withDayOfMonth(1);
    private LocalDate to = from.plusMonths(1).minusDays(1);
    private transient List<BookingReports.BaseChoice> bases;
    private BaseReport report;

    public List<BookingReports.BaseChoice> getBases() {
        if (bases == null) {
            bases = reports.bases();
        }
        return bases;
    }

    /** The report of the chosen base (the first one the caller runs until they choose), computed once per choice. */
    public BaseReport getReport() {
        if (report == null && baseId == null && !getBases().isEmpty()) {
            baseId = getBases().get(0).id();
        }
        if (report == null && baseId != null) {
            try {
                report = reports.report(baseId, from, to);
            } catch (BusinessException e) {
                texts.error(null, e);
            }
        }
        return report;
    }

    public void show() {
        report = null;
    }

    public void export() throws IOException {
        BaseReport shown = getReport();
        if (shown != null) {
            Faces.sendFile(ReportSheet.write(shown, key -> texts.format(key)),
                    "base-report-" + shown.baseId() + "-" + shown.from() + "-" + shown.to() + ".xlsx", true);
        }
    }

    public String kind(String kind) {
        return texts.format("report.kind." + kind);
    }

    public String percent(double share) {
        return "%.1f%%".formatted(share * 100);
    }

    public String getUtilisationChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        getReport().facilities().forEach(facility -> {
            labels.add(facility.name());
            values.add(Math.round(facility.utilisation() * 1000) / 10.0);
        });
        return bar(labels, values, texts.format("report.column.utilisation"), 100);
    }

    public String getKindsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        getReport().kinds().forEach(kind -> {
            labels.add(kind(kind.kind()));
            values.add(kind.bookings());
        });
        return bar(labels, values, texts.format("report.column.bookings"), null);
    }

    public String getAttendanceChart() {
        BaseReport.Attendance attendance = getReport().attendance();
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder().add(texts.format("report.checkedIn"))
                                .add(texts.format("report.noShow")).add(texts.format("report.confirmed")))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", Json.createArrayBuilder().add(attendance.checkedIn())
                                        .add(attendance.noShow()).add(attendance.confirmed()))
                                .add("backgroundColor", Json.createArrayBuilder().add("#1a7f37").add(BRAND)
                                        .add("#9a6700")))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
    }

    private static String bar(JsonArrayBuilder labels, JsonArrayBuilder values, String label, Integer max) {
        var axis = Json.createObjectBuilder().add("beginAtZero", true);
        if (max != null) {
            axis.add("max", max);
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", label).add("data", values)
                                .add("backgroundColor", BRAND))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", axis)))
                .build().toString();
    }

    public Long getBaseId() { return baseId; }
    public void setBaseId(Long baseId) { this.baseId = baseId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
