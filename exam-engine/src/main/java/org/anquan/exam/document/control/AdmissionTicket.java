package org.anquan.exam.document.control;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What an admission ticket shows. The ID number comes masked because the ticket is printed and carried around.
 *
 * @param photo JPEG or PNG, or null when the candidate has not uploaded one
 */
public record AdmissionTicket(String ticketNumber, String candidateName, String idNumberMasked, String subjectName,
                              String centreName, String centreAddress, String roomName, String seatLabel,
                              LocalDateTime startsAt, int durationMinutes, byte[] photo, String verificationUrl) {

    public AdmissionTicket {
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }
}
