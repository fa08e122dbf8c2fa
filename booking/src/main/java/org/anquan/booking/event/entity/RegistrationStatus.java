package org.anquan.booking.event.entity;

/** Where an event registration stands; CONFIRMED, OFFERED and CHECKED_IN hold places. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, OFFERED, CANCELLED, EXPIRED, CHECKED_IN;

    public boolean holdsPlaces() {
        return this == CONFIRMED || this == OFFERED || this == CHECKED_IN;
    }
}
