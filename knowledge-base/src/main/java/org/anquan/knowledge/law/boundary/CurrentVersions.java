package org.anquan.knowledge.law.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.document.entity.DocumentStatus;
import org.anquan.knowledge.law.control.Timeline;
import org.anquan.knowledge.law.entity.Version;
import org.anquan.knowledge.search.control.IndexOutbox;
import org.anquan.platform.clock.Clocks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps "the version in force" true as days pass: a version whose effective date has come becomes the one shown,
 * and a document waiting for its first effective date becomes 现行有效. Each document is re-checked under a row
 * lock, so when two instances run this at once the second finds nothing left to change.
 */
@Stateless
public class CurrentVersions {

    private static final Logger LOG = Logger.getLogger(CurrentVersions.class.getName());

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    @Schedule(hour = "*", minute = "7", persistent = false)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    void refreshHourly() {
        try {
            context.getBusinessObject(CurrentVersions.class).refresh();
        } catch (RuntimeException e) {
            // a timer that fails twice in a row is cancelled by the container for good: the next hour tries again
            LOG.log(java.util.logging.Level.WARNING, "Refreshing the versions in force failed; will retry: {0}",
                    String.valueOf(e.getMessage()));
        }
    }

    /** Re-checks every document with text; returns how many now show another version. */
    public int refresh() {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.CHINA));
        List<Long> ids = entityManager.createQuery(
                "SELECT DISTINCT v.documentId FROM Version v", Long.class).getResultList();
        int changed = 0;
        for (Long id : ids) {
            Document document = entityManager.find(Document.class, id, LockModeType.PESSIMISTIC_WRITE);
            List<Version> versions = entityManager.createNamedQuery(Version.OF_DOCUMENT, Version.class)
                    .setParameter("document", id).getResultList();
            Version current = Timeline.current(versions, today);
            boolean moved = document.showVersion(current == null ? null : current.id());
            if (current != null && document.status() == DocumentStatus.NOT_YET_IN_FORCE) {
                document.takesEffect(current.versionDate(), current.effectiveOn());
                moved = true;
            }
            if (moved) {
                IndexOutbox.queue(entityManager, IndexOutbox.DOCUMENT, id, clock.instant());
                changed++;
            }
        }
        if (changed > 0) {
            LOG.log(Level.INFO, "{0} documents have a new version in force", changed);
        }
        return changed;
    }
}
