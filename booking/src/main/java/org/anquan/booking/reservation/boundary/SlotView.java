package org.anquan.booking.reservation.boundary;

import java.time.Instant;

/** A slot of a facility as the availability shows it: places left, groups waiting, and whether it can be booked. */
public record SlotView(Instant startsAt, Instant endsAt, int capacity, int free, int waiting, State state) {

    public enum State {
        /** Places left: a booking holds them (or waits for approval). */
        OPEN,
        /** No place left: a booking joins the waiting list. */
        FULL,
        /** Closed (holiday, maintenance), too soon or too far ahead. */
        CLOSED
    }
}
