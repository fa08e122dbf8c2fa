package org.anquan.platform.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last sequence number and hash. The chainer locks this one row while it links pending
 * entries, so chainers of two Payara instances take turns, never link side by side.
 */
@Entity
@Table(name = "platform_audit_head")
public class AuditHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }

    public void advance(long seq, String hash) {
        if (seq != lastSeq + 1) {
            throw new IllegalStateException("Audit records must be appended in order");
        }
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
