package org.anquan.platform.audit.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The content of an audit record, before it is chained. Times are kept to the microsecond the database stores. */
public record AuditEntry(Instant occurredAt, Long actorId, String actor, String action, String targetType,
                         String targetId, Outcome outcome, String sourceAddress, String detail) {

    public AuditEntry {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        actor = actor == null || actor.isBlank() ? "anonymous" : cut(actor, 254);
        detail = detail == null ? null : cut(detail, 1000);
        sourceAddress = sourceAddress == null ? null : cut(sourceAddress, 64);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
