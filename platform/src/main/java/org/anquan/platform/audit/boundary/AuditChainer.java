package org.anquan.platform.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
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
import org.anquan.platform.audit.entity.Outcome;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Links the pending audit entries into the hash chain, oldest first, a batch per transaction under the lock of the
 * chain's head row: chainers of several Payara instances take turns and never link an entry twice. Runs every
 * two seconds and before the trail is read.
 */
@Stateless
@PermitAll
public class AuditChainer {

    static final int BATCH = 500;

    @PersistenceContext(unitName = "platform")
    EntityManager entityManager;

    @Resource
    SessionContext context;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void chainPending() {
        AuditChainer self = context.getBusinessObject(AuditChainer.class);
        try {
            while (self.chainBatch() == BATCH) {
                // a backlog is worked off in batches, each committed on its own
            }
        } catch (RuntimeException e) {
            // the database away, or not migrated yet at deployment: a timer that fails twice in a row is cancelled
            // by the container for good, so the failure ends here and the next run tries again
            java.util.logging.Logger.getLogger(AuditChainer.class.getName()).log(java.util.logging.Level.WARNING,
                    "Linking audit entries failed; will retry: {0}", String.valueOf(e.getMessage()));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int chainBatch() {
        return chain(entityManager, BATCH);
    }

    /** Links up to {@code max} pending entries in the caller's transaction; returns how many it linked. */
    @SuppressWarnings("unchecked")
    public static int chain(EntityManager entityManager, int max) {
        if (entityManager.createNativeQuery("SELECT id FROM platform_audit_pending LIMIT 1").getResultList().isEmpty()) {
            // nothing to link: the head's row is not even locked
            return 0;
        }
        AuditHead head = entityManager.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        // read after the head's lock, as a locking read (the latest committed rows, whatever the isolation): every
        // entry a chainer before us linked is gone
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT id, DATE_FORMAT(occurred_at, '%Y-%m-%dT%H:%i:%s.%f'), actor_id, actor, action, target_type,
                               target_id, outcome, source_address, detail
                        FROM platform_audit_pending ORDER BY id LIMIT ?1 FOR UPDATE""")
                .setParameter(1, max).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> linked = new ArrayList<>();
        for (Object[] row : rows) {
            AuditEntry entry = new AuditEntry(LocalDateTime.parse((String) row[1]).toInstant(ZoneOffset.UTC),
                    row[2] == null ? null : ((Number) row[2]).longValue(), (String) row[3], (String) row[4],
                    (String) row[5], (String) row[6], Outcome.valueOf((String) row[7]), (String) row[8],
                    (String) row[9]);
            long seq = head.lastSeq() + 1;
            String hash = AuditChain.hash(seq, entry, head.lastHash());
            entityManager.persist(new AuditRecord(seq, entry, head.lastHash(), hash));
            head.advance(seq, hash);
            linked.add(((Number) row[0]).longValue());
        }
        entityManager.flush();
        entityManager.createNativeQuery("DELETE FROM platform_audit_pending WHERE id IN (?1)")
                .setParameter(1, linked).executeUpdate();
        return rows.size();
    }
}
