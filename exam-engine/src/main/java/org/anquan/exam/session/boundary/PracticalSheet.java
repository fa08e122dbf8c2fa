package org.anquan.exam.session.boundary;

import java.util.List;

/** The practical part's scores of a session, one row per candidate, for the centre to fill in. */
public record PracticalSheet(SessionView session, boolean practicalRequired, int passMark, List<Row> rows) {

    public record Row(long registrationId, String candidateName, String ticketNumber, Integer score) {
    }
}
