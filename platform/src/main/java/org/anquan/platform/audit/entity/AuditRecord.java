package org.anquan.platform.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of the append-only audit trail: who did what to which target, when, from where, with which outcome.
 * Its hash covers these fields and the previous entry's hash, so altering or removing an entry breaks the chain.
 */
@Entity
@Table(name = "platform_audit_record")
public class AuditRecord {

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(nullable = false, length = 80)
    private String action;

    @Column(name = "target_type", length = 40)
    private String targetType;

    @Column(name = "target_id", length = 80)
    private String targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Outcome outcome;

    @Column(name = "source_address", length = 64)
    private String sourceAddress;

    @Column(length = 1000)
    private String detail;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditRecord() {
    }

    public AuditRecord(long seq, AuditEntry entry, String previousHash, String hash) {
        this.seq = seq;
        this.occurredAt = entry.occurredAt();
        this.actorId = entry.actorId();
        this.actor = entry.actor();
        this.action = entry.action();
        this.targetType = entry.targetType();
        this.targetId = entry.targetId();
        this.outcome = entry.outcome();
        this.sourceAddress = entry.sourceAddress();
        this.detail = entry.detail();
        this.previousHash = previousHash;
        this.hash = hash;
    }

    public AuditEntry entry() {
        return new AuditEntry(occurredAt, actorId, actor, action, targetType, targetId, outcome, sourceAddress, detail);
    }

    public long seq() {
        return seq;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
