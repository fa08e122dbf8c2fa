package org.anquan.exam.session.boundary;

import org.anquan.exam.session.entity.RegistrationStatus;

import java.time.Instant;

/** What the proctor's check-in screen shows beside the candidate's face: the registered photo comes separately. */
public record CheckInView(long registrationId, long accountId, String ticketNumber, String candidateName,
                          String idNumberMasked, String seatLabel, long sessionId, String subjectName,
                          Instant startsAt, RegistrationStatus status, boolean hasPhoto) {
}
