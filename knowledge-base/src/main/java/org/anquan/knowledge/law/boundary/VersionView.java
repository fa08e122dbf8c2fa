package org.anquan.knowledge.law.boundary;

import org.anquan.knowledge.law.entity.Version;

import java.time.LocalDate;

/** A version in the timeline: its label (date or "undated"), dates, title and whether it is the one in force. */
public record VersionView(String label, LocalDate versionDate, LocalDate effectiveOn, String title, int articleCount,
                          boolean current, String history) {

    /** The history lines (通过, 修正, 修订 …), one per entry. */
    public java.util.List<String> historyLines() {
        return history == null || history.isBlank() ? java.util.List.of() : java.util.List.of(history.split("\n"));
    }

    static VersionView of(Version version, Version current) {
        return new VersionView(version.label(), version.versionDate(), version.effectiveOn(), version.title(),
                version.articleCount(), version == current, version.history());
    }
}
