package org.anquan.portal.baseadmin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.base.boundary.BaseAdministration;
import org.anquan.booking.base.boundary.TrainingBaseView;
import org.anquan.booking.reservation.boundary.BookingView;
import org.anquan.booking.reservation.boundary.Bookings;
import org.anquan.booking.reservation.entity.BookingStatus;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /base-admin/: the bookings of the bases the caller runs, for a day or a week, by status; approving and rejecting
 * with a reason. The choice of base, day and status travels in the address (a GET form), so it survives every
 * action's redirect.
 */
@Named
@ViewScoped
public class BaseAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient BaseAdministration administration;

    @EJB
    transient Bookings bookings;

    @Inject
    Texts texts;

    private Long base;
    private String day;
    private String span;
    private String status;
    private final Map<Long, String> reasons = new HashMap<>();
    private transient List<TrainingBaseView> bases;
    private transient List<BookingView> shown;

    public List<TrainingBaseView> getBases() {
        if (bases == null) {
            bases = administration.mine();
        }
        return bases;
    }

    /** The base shown: the one asked for when the caller runs it, else the first. */
    public TrainingBaseView getBaseShown() {
        return getBases().stream().filter(b -> base != null && b.id() == base).findFirst()
                .orElse(getBases().isEmpty() ? null : getBases().get(0));
    }

    public LocalDate getFrom() {
        LocalDate chosen = parse(day);
        return isWeek() ? chosen.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : chosen;
    }

    public LocalDate getTo() {
        return isWeek() ? getFrom().plusDays(6) : getFrom();
    }

    public boolean isWeek() {
        return "week".equals(span);
    }

    public List<BookingView> getBookings() {
        if (shown == null) {
            TrainingBaseView chosen = getBaseShown();
            shown = chosen == null ? List.of() : bookings.ofBase(chosen.id(), getFrom(), getTo()).stream()
                    .filter(b -> status == null || status.isBlank() || b.status().name().equals(status)).toList();
        }
        return shown;
    }

    public List<String> getStatuses() {
        return Arrays.stream(BookingStatus.values()).map(Enum::name).toList();
    }

    public String approve(long bookingId) {
        try {
            BookingView booking = bookings.approve(bookingId);
            return done("base_admin.approved", booking);
        } catch (BusinessException e) {
            return failed(e);
        }
    }

    public String reject(long bookingId) {
        String reason = reasons.get(bookingId);
        if (reason == null || reason.isBlank()) {
            texts.error(null, "base_admin.reasonRequired");
            return null;
        }
        try {
            BookingView booking = bookings.reject(bookingId, reason);
            return done("base_admin.rejected", booking);
        } catch (BusinessException e) {
            return failed(e);
        }
    }

    private String done(String key, BookingView booking) {
        org.omnifaces.util.Faces.getFlash().setKeepMessages(true);
        texts.info(key, booking.groupName(), booking.ticket());
        return "/base-admin/index.xhtml?faces-redirect=true&includeViewParams=true";
    }

    private String failed(BusinessException e) {
        texts.error(null, e);
        shown = null;
        return null;
    }

    static LocalDate parse(String day) {
        if (day != null && !day.isBlank()) {
            try {
                return LocalDate.parse(day.strip());
            } catch (DateTimeParseException e) {
                // today, then
            }
        }
        return LocalDate.now(Clocks.CHINA);
    }

    public Map<Long, String> getReasons() { return reasons; }
    public Long getBase() { return base; }
    public void setBase(Long base) { this.base = base; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getSpan() { return span; }
    public void setSpan(String span) { this.span = span; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
