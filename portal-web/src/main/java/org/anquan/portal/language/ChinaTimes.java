package org.anquan.portal.language;

import org.anquan.platform.clock.Clocks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The value of a datetime-local input, read as China time; instants shown as China time. */
public final class ChinaTimes {

    private ChinaTimes() {
    }

    /** The instant a datetime-local value ("2027-06-16T09:00") means in China; empty when blank or malformed. */
    public static Optional<Instant> parse(String local) {
        if (local == null || local.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(local.strip()).atZone(Clocks.CHINA).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Clocks.CHINA);

    /** An instant as people read it here, "2027-06-16 09:00" China time; empty for none. */
    public static String show(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }
}
