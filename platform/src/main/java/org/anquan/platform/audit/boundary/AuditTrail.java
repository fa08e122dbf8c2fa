package org.anquan.platform.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.database.control.Like;
import org.anquan.platform.audit.control.AuditChain;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.AuditHead;
import org.anquan.platform.audit.entity.AuditRecord;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Appends to the audit trail and checks its chain. Modules write security events and administrative actions here. */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "platform")
    EntityManager entityManager;

    @EJB
    AuditChainer chainer;

    /**
     * Appends in a transaction of its own, so that the record stays even when the audited action fails and rolls
     * back (a refused login, a denied access). Actions whose record must stand or fall with them use
     * {@link #append}, which needs no second connection.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        append(entityManager, entry);
    }

    /**
     * Appends within the caller's transaction, with the entity manager of any of our persistence units (they share
     * one data source): the entry waits, unlocked, until the chainer links it a moment later.
     */
    public static void append(EntityManager entityManager, AuditEntry entry) {
        entityManager.createNativeQuery("""
                        INSERT INTO platform_audit_pending (occurred_at, actor_id, actor, action, target_type, target_id,
                                                            outcome, source_address, detail)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, LocalDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .setParameter(2, entry.actorId())
                .setParameter(3, entry.actor())
                .setParameter(4, entry.action())
                .setParameter(5, entry.targetType())
                .setParameter(6, entry.targetId())
                .setParameter(7, entry.outcome().name())
                .setParameter(8, entry.sourceAddress())
                .setParameter(9, entry.detail())
                .executeUpdate();
    }

    /** Records newest first, filtered by who (part of the login), what (start of the action) and outcome. */
    @RolesAllowed("SYSTEM_ADMIN")
    public List<AuditView> search(@Size(max = 100) String actor, @Size(max = 80) String action,
                                  @Size(max = 10) String outcome, @Min(0) int offset, @Min(1) @Max(200) int limit) {
        chainer.chainPending();
        return filtered(actor, action, outcome, AuditRecord.class, "SELECT r", " ORDER BY r.seq DESC")
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(AuditView::of).toList();
    }

    @RolesAllowed("SYSTEM_ADMIN")
    public long count(@Size(max = 100) String actor, @Size(max = 80) String action, @Size(max = 10) String outcome) {
        chainer.chainPending();
        return filtered(actor, action, outcome, Long.class, "SELECT COUNT(r)", "").getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String actor, String action, String outcome, Class<T> type, String select,
                                       String order) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (actor != null && !actor.isBlank()) {
            where.append(" AND r.actor LIKE :actor");
        }
        if (action != null && !action.isBlank()) {
            where.append(" AND r.action LIKE :action");
        }
        Outcome wanted = null;
        if (outcome != null && !outcome.isBlank()) {
            try {
                wanted = Outcome.valueOf(outcome.strip());
                where.append(" AND r.outcome = :outcome");
            } catch (IllegalArgumentException unknown) {
                where.append(" AND 1 = 0");
            }
        }
        TypedQuery<T> query = entityManager.createQuery(select + " FROM AuditRecord r" + where + order, type);
        if (actor != null && !actor.isBlank()) {
            query.setParameter("actor", "%" + Like.escape(actor.strip()) + "%");
        }
        if (action != null && !action.isBlank()) {
            query.setParameter("action", Like.escape(action.strip()) + "%");
        }
        if (wanted != null) {
            query.setParameter("outcome", wanted);
        }
        return query;
    }

    /** Walks the whole chain in order and reports the first record whose hash or link does not hold. */
    @RolesAllowed("SYSTEM_ADMIN")
    public ChainCheck verify() {
        chainer.chainPending();
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
