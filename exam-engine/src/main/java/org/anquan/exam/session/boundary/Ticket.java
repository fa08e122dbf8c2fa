package org.anquan.exam.session.boundary;

import java.time.Instant;

/** What the admission ticket (准考证) prints. */
public record Ticket(String ticketNumber, long accountId, String candidateName, String idNumberMasked,
                     String subjectName, String centreName, String centreAddress, String roomName, String seatLabel,
                     Instant startsAt, int durationMinutes) {
}
