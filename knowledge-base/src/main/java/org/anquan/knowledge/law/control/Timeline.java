package org.anquan.knowledge.law.control;

import org.anquan.knowledge.law.entity.Version;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Which version of a document applies on a day. */
public final class Timeline {

    private Timeline() {
    }

    /** Oldest first; versions without any date count as the oldest. */
    public static final Comparator<Version> CHRONOLOGICAL = Comparator.comparing(Version::appliesFrom,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * The version in force on the day: the latest one that applies from that day or earlier. An undated version
     * counts when no dated one applies yet. Null when every version takes effect later.
     */
    public static Version current(List<Version> versions, LocalDate day) {
        return versions.stream()
                .filter(version -> version.appliesFrom() == null || !version.appliesFrom().isAfter(day))
                .max(CHRONOLOGICAL).orElse(null);
    }
}
