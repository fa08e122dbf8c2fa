package org.anquan.platform.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.anquan.platform.audit.control.AuditChain;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.AuditHead;
import org.anquan.platform.audit.entity.AuditRecord;

import java.util.Iterator;
import java.util.stream.Stream;

/** Appends to the audit trail and checks its chain. Modules write security events and administrative actions here. */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "platform")
    EntityManager entityManager;

    /**
     * Appends in a transaction of its own, so that the record stays even when the audited action fails and rolls
     * back (a refused login, a denied access).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long record(AuditEntry entry) {
        return append(entityManager, entry);
    }

    /** Appends within the caller's transaction (used where the action and its record must stand or fall together). */
    public static long append(EntityManager entityManager, AuditEntry entry) {
        AuditHead head = entityManager.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        long seq = head.lastSeq() + 1;
        String hash = AuditChain.hash(seq, entry, head.lastHash());
        entityManager.persist(new AuditRecord(seq, entry, head.lastHash(), hash));
        head.advance(seq, hash);
        return seq;
    }

    /** Walks the whole chain in order and reports the first record whose hash or link does not hold. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChainCheck verify() {
        return verify(entityManager);
    }

    public static ChainCheck verify(EntityManager entityManager) {
        String previous = AuditChain.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        try (Stream<AuditRecord> records = entityManager
                .createQuery("SELECT r FROM AuditRecord r ORDER BY r.seq", AuditRecord.class)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            Iterator<AuditRecord> iterator = records.iterator();
            while (iterator.hasNext()) {
                AuditRecord record = iterator.next();
                if (record.seq() != expectedSeq) {
                    return new ChainCheck(checked, expectedSeq);
                }
                boolean linked = previous.equals(record.previousHash());
                boolean sealed = AuditChain.hash(record.seq(), record.entry(), record.previousHash()).equals(record.hash());
                if (!linked || !sealed) {
                    return new ChainCheck(checked, record.seq());
                }
                previous = record.hash();
                expectedSeq++;
                checked++;
                entityManager.detach(record);
            }
        }
        AuditHead head = entityManager.find(AuditHead.class, AuditHead.ID);
        if (head != null && head.lastSeq() != checked) {
            // records were removed from the end
            return new ChainCheck(checked, checked + 1);
        }
        return new ChainCheck(checked, null);
    }
}
