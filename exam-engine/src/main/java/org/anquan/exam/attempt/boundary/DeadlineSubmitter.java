package org.anquan.exam.attempt.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anquan.exam.attempt.control.Grading;
import org.anquan.exam.attempt.entity.Attempt;
import org.anquan.exam.attempt.entity.SubmittedBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submits every attempt whose deadline has passed, whether or not a browser is still there. Each instance runs
 * this; rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so two instances (or a candidate's own submit,
 * which locks the same row) never grade one attempt twice. Attempts of a paused session wait for the resume.
 */
@Stateless
public class DeadlineSubmitter {

    private static final Logger LOG = Logger.getLogger(DeadlineSubmitter.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext(unitName = "exam")
    EntityManager entityManager;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void submitOverdue() {
        DeadlineSubmitter self = context.getBusinessObject(DeadlineSubmitter.class);
        try {
            while (self.submitBatch().size() == BATCH) {
                // the next batch
            }
        } catch (RuntimeException e) {
            // the database may be away (a restart); the next run picks the same attempts up
            LOG.log(Level.WARNING, "Submitting overdue attempts failed; will retry", e);
        }
    }

    /** Claims and grades up to one batch of overdue attempts in one transaction; returns their ids. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> submitBatch() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> paused = entityManager.createNativeQuery(
                "SELECT id FROM exam_session WHERE paused_at IS NOT NULL").getResultList();
        String notPaused = paused.isEmpty() ? "" : " AND session_id NOT IN ("
                + String.join(",", paused.stream().map(id -> String.valueOf(id.longValue())).toList()) + ")";
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("SELECT id FROM exam_attempt "
                        + "WHERE status = 'IN_PROGRESS' AND deadline_at <= ?" + notPaused
                        + " ORDER BY deadline_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now)).getResultList();
        for (Number id : ids) {
            Attempt attempt = entityManager.find(Attempt.class, id.longValue());
            Grading.finish(entityManager, attempt, attempt.deadlineAt(), SubmittedBy.DEADLINE);
        }
        return ids.stream().map(Number::longValue).toList();
    }
}
