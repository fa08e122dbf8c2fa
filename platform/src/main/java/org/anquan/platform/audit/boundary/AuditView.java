package org.anquan.platform.audit.boundary;

import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.AuditRecord;

import java.time.Instant;

/** An audit record as the administrator's list shows it. */
public record AuditView(long seq, Instant occurredAt, String actor, String action, String targetType, String targetId,
                        String outcome, String sourceAddress, String detail) {

    static AuditView of(AuditRecord record) {
        AuditEntry entry = record.entry();
        return new AuditView(record.seq(), entry.occurredAt(), entry.actor(), entry.action(), entry.targetType(),
                entry.targetId(), entry.outcome().name(), entry.sourceAddress(), entry.detail());
    }
}
