package org.anquan.booking.reservation.entity;

/**
 * Where a booking stands. PENDING, CONFIRMED, OFFERED and CHECKED_IN hold places of the slot; WAITLISTED waits in
 * arrival order; OFFERED is a waiting booking that places freed up for, held until its confirmation deadline.
 */
public enum BookingStatus {
    PENDING, CONFIRMED, WAITLISTED, OFFERED, CANCELLED, REJECTED, EXPIRED, CHECKED_IN, NO_SHOW;

    public boolean holdsPlaces() {
        return this == PENDING || this == CONFIRMED || this == OFFERED || this == CHECKED_IN;
    }

    /** Whether the booking may still be cancelled by its group (before the deadline). */
    public boolean cancellable() {
        return this == PENDING || this == CONFIRMED || this == OFFERED || this == WAITLISTED;
    }
}
