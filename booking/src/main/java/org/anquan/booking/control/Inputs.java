package org.anquan.booking.control;

import org.anquan.platform.error.BusinessException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What the booking boundaries do with typed text and offer deadlines, in one place. */
public final class Inputs {

    /** An offer of the waiting list needs at least this long before its slot or session starts. */
    static final Duration LEAST_OFFER_TIME = Duration.ofMinutes(10);

    private Inputs() {
    }

    /** The text without surrounding blanks; refused with the key (and the limit) when empty or longer. */
    public static String required(String value, int max, String key) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw new BusinessException(key, max);
        }
        return stripped;
    }

    /** The text without surrounding blanks, null when empty; refused with the key when longer than the limit. */
    public static String optional(String value, int max, String key) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw new BusinessException(key, max);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /** The text without surrounding blanks, null when empty, cut to the limit (answers and notes of staff). */
    public static String cut(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    /**
     * Until when an offer of freed places holds: the offer time, but never past the start; empty when too little
     * time is left for anybody to come (the places then stay free for walk-ins).
     */
    public static Optional<Instant> offerDeadline(Instant now, Duration offerTime, Instant startsAt) {
        Instant deadline = now.plus(offerTime);
        if (deadline.isAfter(startsAt)) {
            deadline = startsAt;
        }
        return deadline.isAfter(now.plus(LEAST_OFFER_TIME)) ? Optional.of(deadline) : Optional.empty();
    }
}
