package org.anquan.exam.session.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** A session as candidates and staff see it in lists. */
public record SessionView(long id, long subjectId, String subjectCode, String subjectName, long centreId,
                          String centreName, String centreAddress, long roomId, String roomName, Instant startsAt,
                          int durationMinutes, int seats, int registered, boolean registrationOpen, boolean paused,
                          LocalDate resultsPublishedOn) {

    public int seatsLeft() {
        return Math.max(0, seats - registered);
    }
}
