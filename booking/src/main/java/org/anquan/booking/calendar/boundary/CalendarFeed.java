package org.anquan.booking.calendar.boundary;

import java.util.List;

/** A calendar to publish as a feed: its name (a base's or a campaign's; null for all campaigns or one's own). */
public record CalendarFeed(String name, List<CalendarItem> items) {
}
