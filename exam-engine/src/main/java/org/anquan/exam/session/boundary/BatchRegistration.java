package org.anquan.exam.session.boundary;

import org.anquan.exam.session.entity.RegistrationStatus;

import java.util.List;

/**
 * A training institution's registration of its trainees for one session: every trainee registered and seated, or
 * nobody and every problem listed by the line it came from.
 */
public record BatchRegistration(List<Entry> registered, List<Problem> problems) {

    /** A trainee as the institution names them: the real name and the ID number of their real-name profile. */
    public record Trainee(String realName, String idNumber) {
    }

    /** A problem of one line (numbered from 1; 0 for the batch as a whole), a message key and its argument. */
    public record Problem(int line, String realName, String messageKey, String argument) {
    }

    /** A trainee's registration as the institution sees it; the score shows once the centre has published it. */
    public record Entry(long registrationId, String candidateName, String idNumberMasked, SessionView session,
                        String ticketNumber, String seatLabel, RegistrationStatus status, Integer publishedScore,
                        Boolean publishedPassed) {
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
