package org.anquan.exam.session.boundary;

import org.anquan.exam.attempt.entity.AttemptStatus;
import org.anquan.exam.session.entity.RegistrationStatus;

/**
 * A candidate's registration with what they may do next; the score shows only once the centre has published the
 * session's results.
 */
public record RegistrationView(long id, SessionView session, String ticketNumber, String seatLabel,
                               RegistrationStatus status, Long attemptId, AttemptStatus attemptStatus,
                               Integer publishedScore, Boolean publishedPassed, String certificateNumber) {

    public boolean startable() {
        return status == RegistrationStatus.CHECKED_IN
                && (attemptStatus == null || attemptStatus == AttemptStatus.IN_PROGRESS);
    }
}
