package org.anquan.portal.calendar;

import org.anquan.booking.base.control.SlotRules;
import org.anquan.booking.calendar.boundary.CalendarItem;
import org.anquan.portal.language.Languages;
import org.primefaces.model.LazyScheduleModel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A read-only PrimeFaces schedule that loads only the range the visitor sees (month, week or day) in China time.
 * FullCalendar knows named time zones only with a plugin PrimeFaces does not bundle, so the pages run the schedule
 * in UTC ({@code timeZone} and {@code clientTimeZone}) and hand it China wall-clock times: every visitor sees
 * China time, wherever their browser thinks it is, and the range asked for is China dates too.
 */
final class CalendarSchedule extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    /** Loads the entries of a range, with the visitor's language and the context path for links. */
    interface Loader extends java.io.Serializable {
        List<CalendarItem> load(Instant from, Instant to);

        Languages language();

        String contextPath();
    }

    private final Loader loader;

    CalendarSchedule(Loader loader) {
        this.loader = loader;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        Languages language = loader.language();
        String contextPath = loader.contextPath();
        loader.load(start.atZone(SlotRules.CHINA).toInstant(), end.atZone(SlotRules.CHINA).toInstant())
                .forEach(item -> addEvent(CalendarWording.scheduleEvent(item, language, contextPath)));
    }

    /** The day a page opens on: ?date=2026-12-02, today (China) when missing or malformed. */
    static LocalDate initialDate(String date) {
        if (date != null) {
            try {
                return LocalDate.parse(date);
            } catch (DateTimeParseException malformed) {
                // today, as without the parameter
            }
        }
        return LocalDate.now(SlotRules.CHINA);
    }
}
