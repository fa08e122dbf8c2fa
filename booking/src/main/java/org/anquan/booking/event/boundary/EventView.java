package org.anquan.booking.event.boundary;

import java.time.Instant;
import java.util.List;

/** A published event with its campaign, its questions and its sessions' places. */
public record EventView(long id, String title, String description, Long campaignId, String campaignName,
                        String campaignKind, long organisationId, String audience, int maxGroup,
                        List<Question> questions, boolean published, List<Session> sessions) {

    /** A question of the registration form. */
    public record Question(String text, boolean required) {
    }

    /** A session: where, when, places left and groups waiting. */
    public record Session(long id, String venue, String address, Instant startsAt, Instant endsAt, int capacity,
                          int free, int waiting) {
    }
}
