package org.anquan.exam.session.boundary;

import java.time.Instant;
import java.util.List;

/** The proctor console: the room's seat map with each candidate's state, and the session's announcements. */
public record ConsoleView(SessionView session, int rows, int columns, List<SeatState> seats,
                          List<String> announcements, Instant serverTime) {

    /** The state of one seat of the room. */
    public enum State { EMPTY, NOT_CHECKED_IN, CHECKED_IN, IN_PROGRESS, DISCONNECTED, SUBMITTED, EXPELLED }

    public record SeatState(String label, int row, int column, boolean usable, State state, Long registrationId,
                            Long attemptId, String candidateName, String ticketNumber, int answered, int questions,
                            long remainingSeconds, int warnings) {
    }

    public List<SeatState> row(int row) {
        return seats.stream().filter(seat -> seat.row() == row).toList();
    }

    public long count(State state) {
        return seats.stream().filter(seat -> seat.state() == state).count();
    }
}
