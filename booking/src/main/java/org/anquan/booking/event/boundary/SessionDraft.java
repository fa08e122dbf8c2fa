package org.anquan.booking.event.boundary;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** A session of an event: venue, time and places. */
public record SessionDraft(String venue, String address, @NotNull Instant startsAt, @NotNull Instant endsAt,
                           @NotNull Integer capacity) {
}
