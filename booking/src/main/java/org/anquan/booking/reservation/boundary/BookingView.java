package org.anquan.booking.reservation.boundary;

import org.anquan.booking.reservation.entity.BookingStatus;

import java.time.Instant;

/**
 * A booking as its group and the base see it. {@code waitingPosition} is 1 for the first group waiting (null when
 * not waiting); {@code changeableUntil} is the cancellation deadline.
 */
public record BookingView(long id, String ticket, BookingStatus status, long baseId, String baseName,
                          String baseAddress, long facilityId, String facilityName, Instant startsAt, Instant endsAt,
                          String groupName, String organisationKind, int headCount, String purpose,
                          String contactName, String contactPhone, String participants, Instant createdAt,
                          Instant offerExpiresAt, Instant changeableUntil, Integer waitingPosition,
                          Instant checkedInAt, Integer attendance, String practised, String evaluation) {
}
