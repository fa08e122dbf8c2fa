package org.anquan.portal.calendar;

import org.anquan.booking.base.control.SlotRules;
import org.anquan.booking.calendar.boundary.CalendarFeed;
import org.anquan.booking.calendar.boundary.CalendarItem;
import org.anquan.booking.calendar.control.Ics;
import org.anquan.portal.language.Languages;
import org.anquan.portal.language.Texts;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.ScheduleEvent;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** How calendar entries read, on the pages (PrimeFaces schedule events) and in the ICS feeds. */
final class CalendarWording {

    private CalendarWording() {
    }

    /** The one-line title: a base's slot shows places, never who booked them. */
    static String summary(CalendarItem item, Languages language) {
        return switch (item.kind()) {
            case SESSION, REGISTRATION -> item.title();
            case SLOT -> Texts.format(language, "calendar.slot", item.title(), item.held(), item.capacity(),
                    item.capacity() - item.held());
            case CLOSURE -> item.detail() == null ? Texts.format(language, "calendar.closure", item.title())
                    : Texts.format(language, "calendar.closureOf", item.title(), item.detail());
            case BOOKING -> Texts.format(language, "calendar.booking", item.detail(), item.title(), item.held());
        };
    }

    /** The entries of a feed; sessions and registrations link to their event page under {@code site}. */
    static List<Ics.Entry> entries(CalendarFeed feed, Languages language, String site) {
        return feed.items().stream().map(item -> new Ics.Entry(item.uid(), item.startsAt(), item.endsAt(),
                summary(item, language), item.location(), description(item, language),
                item.eventId() == null ? null : site + "/events/event.xhtml?id=" + item.eventId(),
                item.status().name())).toList();
    }

    static String ics(String name, CalendarFeed feed, Languages language, String site) {
        return Ics.write(name, entries(feed, language, site), Instant.now());
    }

    private static String description(CalendarItem item, Languages language) {
        return switch (item.kind()) {
            case SESSION -> Texts.format(language, "calendar.placesLeft", item.capacity() - item.held());
            case BOOKING, REGISTRATION -> Texts.format(language, "calendar.status." + item.status().name());
            case SLOT, CLOSURE -> null;
        };
    }

    /** A read-only schedule event in China time; sessions link to their event page. */
    static ScheduleEvent<CalendarItem> scheduleEvent(CalendarItem item, Languages language, String contextPath) {
        return DefaultScheduleEvent.<CalendarItem>builder()
                .id(item.uid())
                .title(summary(item, language))
                .description(item.location())
                .startDate(LocalDateTime.ofInstant(item.startsAt(), SlotRules.CHINA))
                .endDate(LocalDateTime.ofInstant(item.endsAt(), SlotRules.CHINA))
                .editable(false).draggable(false).resizable(false)
                .styleClass("calendar-entry calendar-entry--" + item.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + (item.kind() == CalendarItem.Kind.SLOT && item.held() >= item.capacity()
                        ? " calendar-entry--full" : ""))
                .url(item.eventId() == null ? null : contextPath + "/events/event.xhtml?id=" + item.eventId())
                .build();
    }
}
