package org.anquan.knowledge.law.boundary;

import org.anquan.knowledge.law.entity.Version;

import java.time.LocalDate;

/** A version in the timeline: its label (date or "undated"), dates, title and whether it is the one in force. */
public record VersionView(String label, LocalDate versionDate, LocalDate effectiveOn, String title, int articleCount,
                          boolean current, String history) {

    static VersionView of(Version version, Version current) {
        return new VersionView(version.label(), version.versionDate(), version.effectiveOn(), version.title(),
                version.articleCount(), version == current, version.history());
    }
}
