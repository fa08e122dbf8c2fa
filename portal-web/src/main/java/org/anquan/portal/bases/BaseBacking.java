package org.anquan.portal.bases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.base.boundary.BaseDetail;
import org.anquan.booking.base.boundary.TrainingBases;
import org.anquan.booking.reservation.boundary.Bookings;
import org.anquan.booking.reservation.boundary.SlotView;
import org.anquan.platform.clock.Clocks;
import org.anquan.portal.language.Language;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /bases/base.xhtml?id=: a base with its safety requirements, facilities, opening hours and closures, and the slots
 * of one facility for a week (links, so the week and the facility are bookmarkable and need no script).
 */
@Named
@RequestScoped
public class BaseBacking {

    static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(Clocks.CHINA);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Clocks.CHINA);

    @EJB
    TrainingBases bases;

    @EJB
    Bookings bookings;

    @Inject
    Language language;

    private Long id;
    private Long facility;
    private String week;
    private BaseDetail base;
    private List<Day> days;

    /** One day of the week shown, with its slots. */
    public record Day(LocalDate date, String label, List<SlotRow> slots) {
    }

    /** A slot with its times for the eye and its start for the booking link. */
    public record SlotRow(SlotView slot, String from, String to, String start) {
        public boolean isBookable() {
            return slot.state() != SlotView.State.CLOSED;
        }
    }

    public BaseDetail getBase() {
        if (base == null) {
            if (id == null) {
                throw new org.anquan.platform.error.UnknownEntityException("base", "none");
            }
            base = bases.base(id);
        }
        return base;
    }

    /** The facility whose slots are shown: the one asked for, or the first active one. */
    public BaseDetail.FacilityView getFacilityShown() {
        List<BaseDetail.FacilityView> active = getBase().facilities().stream().filter(BaseDetail.FacilityView::active)
                .toList();
        return active.stream().filter(f -> facility != null && f.id() == facility).findFirst()
                .orElse(active.isEmpty() ? null : active.get(0));
    }

    public LocalDate getMonday() {
        LocalDate today = LocalDate.now(Clocks.CHINA);
        LocalDate chosen = today;
        if (week != null) {
            try {
                chosen = LocalDate.parse(week);
            } catch (DateTimeParseException e) {
                chosen = today;
            }
        }
        return chosen.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public String getPreviousWeek() {
        return getMonday().minusWeeks(1).toString();
    }

    public String getNextWeek() {
        return getMonday().plusWeeks(1).toString();
    }

    public String getWeekEnd() {
        return getMonday().plusDays(6).toString();
    }

    public List<Day> getDays() {
        if (days == null) {
            days = new ArrayList<>();
            BaseDetail.FacilityView shown = getFacilityShown();
            if (shown == null) {
                return days;
            }
            LocalDate monday = getMonday();
            Map<LocalDate, List<SlotRow>> byDay = new LinkedHashMap<>();
            for (int i = 0; i < 7; i++) {
                byDay.put(monday.plusDays(i), new ArrayList<>());
            }
            for (SlotView slot : bookings.availability(shown.id(), monday, monday.plusDays(6))) {
                byDay.get(slot.startsAt().atZone(Clocks.CHINA).toLocalDate()).add(new SlotRow(slot,
                        HOUR_MINUTE.format(slot.startsAt()), HOUR_MINUTE.format(slot.endsAt()),
                        slot.startsAt().toString()));
            }
            byDay.forEach((date, slots) -> days.add(new Day(date, dayLabel(date), slots)));
        }
        return days;
    }

    /**
     * The booking form of a slot; a visitor who is not signed in goes to the login first, which sends them back
     * to the form.
     */
    public String bookingHref(SlotRow row) {
        jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext();
        String form = "/bookings/new.xhtml?base=" + id + "&facility=" + getFacilityShown().id() + "&start="
                + row.start();
        return external.getRequestContextPath() + (external.getUserPrincipal() != null ? form
                : "/login.xhtml?back=" + java.net.URLEncoder.encode(form, java.nio.charset.StandardCharsets.UTF_8));
    }

    public String weekdayName(int weekday) {
        return DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL, language.getLocale());
    }

    /** The facility a closure is for, or null for the whole base. */
    public String facilityName(Long facilityId) {
        return facilityName(getBase(), facilityId);
    }

    public static String facilityName(BaseDetail detail, Long facilityId) {
        return facilityId == null ? null : detail.facilities().stream().filter(f -> f.id() == facilityId)
                .map(BaseDetail.FacilityView::name).findFirst().orElse(null);
    }

    /** China time for messages composed in Java ("2026-12-01 08:30"). */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    private String dayLabel(LocalDate date) {
        return date + " " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, language.getLocale());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getFacility() { return facility; }
    public void setFacility(Long facility) { this.facility = facility; }
    public String getWeek() { return week; }
    public void setWeek(String week) { this.week = week; }
}
