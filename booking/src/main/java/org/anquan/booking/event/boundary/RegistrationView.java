package org.anquan.booking.event.boundary;

import org.anquan.booking.event.entity.RegistrationStatus;

import java.time.Instant;

/** An event registration as its person and the organiser see it; the ticket code is what the QR code holds. */
public record RegistrationView(long id, String ticket, RegistrationStatus status, long eventId, String eventTitle,
                               long sessionId, String venue, String address, Instant startsAt, Instant endsAt,
                               String name, int partySize, String companions, String answers, Instant createdAt,
                               Instant offerExpiresAt, Integer waitingPosition, Instant checkedInAt) {
}
