package org.anquan.booking.calendar.boundary;

import java.time.Instant;

/**
 * One entry of a calendar, as data: the pages and the ICS feeds word it in the reader's language. {@code uid} is
 * stable across requests ({@code booking-12@anquan}), so subscribed calendars update an entry rather than duplicate
 * it. What {@code title} and {@code detail} hold depends on the kind (see {@link Kind}).
 */
public record CalendarItem(String uid, Kind kind, Instant startsAt, Instant endsAt, String title, String detail,
                           String location, Status status, Long eventId, int held, int capacity) {

    public enum Kind {
        /** A session of a published event: title is the event's, location its venue and address. */
        SESSION,
        /** A booked slot of a base's facility, public: title is the facility, held and capacity its places. */
        SLOT,
        /** A closure of a base: title is the reason, detail the facility (null: the whole base). */
        CLOSURE,
        /** One's own booking: title is the facility, detail the group's name. */
        BOOKING,
        /** One's own event registration: title is the event. */
        REGISTRATION
    }

    /** The iCalendar STATUS of a VEVENT. */
    public enum Status {
        CONFIRMED, TENTATIVE, CANCELLED
    }
}
