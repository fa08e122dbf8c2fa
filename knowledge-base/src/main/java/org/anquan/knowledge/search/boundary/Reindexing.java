package org.anquan.knowledge.search.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.law.entity.Version;
import org.anquan.knowledge.search.control.CommentaryEntries;
import org.anquan.knowledge.search.control.EntryBuilder;
import org.anquan.knowledge.search.control.IndexEntry;
import org.anquan.knowledge.search.control.IndexOutbox;
import org.anquan.platform.clock.Clocks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A full rebuild without downtime: a new index is filled from the database while searches keep reading the old one
 * through the alias (and the feeder writes changes to both); then the alias switches and the old index goes.
 * The state row is claimed with a conditional update, so only one instance rebuilds at a time.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class Reindexing {

    private static final Logger LOG = Logger.getLogger(Reindexing.class.getName());
    private static final int BATCH = 5;
    /** A rebuild whose instance has not reported progress for this long has stopped; another may take it over. */
    static final java.time.Duration STALL = java.time.Duration.ofSeconds(120);

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Resource
    SessionContext context;

    @EJB
    SearchIndex searchIndex;

    @jakarta.inject.Inject
    Clock clock;

    /** Starts a rebuild unless one is running; either way returns the state to follow. */
    @RolesAllowed({"SYSTEM_ADMIN", "EDITOR"})
    public ReindexState start() {
        String name = searchIndex.index().newIndexName();
        Instant now = clock.instant();
        String[] abandoned = new String[1];
        int claimed = inTransaction(() -> {
            long total = entityManager.createNamedQuery(Document.COUNT, Long.class).getSingleResult();
            List<?> before = entityManager.createNativeQuery(
                    "SELECT building FROM kb_index_state WHERE id = 1 FOR UPDATE").getResultList();
            abandoned[0] = before.isEmpty() ? null : (String) before.get(0);
            return entityManager.createNativeQuery("""
                            UPDATE kb_index_state SET building = ?, total = ?, done = 0, started_at = ?,
                                   heartbeat_at = ?, finished_at = NULL
                            WHERE id = 1 AND (building IS NULL OR heartbeat_at IS NULL OR heartbeat_at < ?)""")
                    .setParameter(1, name).setParameter(2, (int) total).setParameter(3, Timestamp.from(now))
                    .setParameter(4, Timestamp.from(now)).setParameter(5, Timestamp.from(now.minus(STALL)))
                    .executeUpdate();
        });
        if (claimed == 0) {
            return state(); // a rebuild is running already: asking again changes nothing
        }
        if (abandoned[0] != null) {
            // the instance that was building it has stopped: its half-filled index goes
            searchIndex.index().delete(abandoned[0]);
        }
        searchIndex.index().create(name);
        context.getBusinessObject(Reindexing.class).fill(name);
        return state();
    }

    @Asynchronous
    public void fill(String name) {
        try {
            List<Long> ids = inTransaction(() -> entityManager.createQuery(
                    "SELECT d.id FROM Document d ORDER BY d.id", Long.class).getResultList());
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                int done = from + batch.size();
                inTransaction(() -> {
                    long readAt = System.currentTimeMillis();
                    LocalDate today = LocalDate.now(clock.withZone(Clocks.CHINA));
                    List<IndexEntry> entries = new ArrayList<>();
                    for (Long id : batch) {
                        Document document = entityManager.find(Document.class, id);
                        if (document != null) {
                            entries.addAll(EntryBuilder.entries(document, entityManager.createNamedQuery(
                                    Version.OF_DOCUMENT, Version.class).setParameter("document", id)
                                    .getResultList(), today, readAt));
                        }
                    }
                    searchIndex.index().write(name, entries, readAt, false);
                    entityManager.clear();
                    return entityManager.createNativeQuery(
                                    "UPDATE kb_index_state SET done = ?, heartbeat_at = ? WHERE id = 1 AND building = ?")
                            .setParameter(1, done).setParameter(2, Timestamp.from(clock.instant()))
                            .setParameter(3, name).executeUpdate();
                });
            }
            inTransaction(() -> {
                long readAt = System.currentTimeMillis();
                List<IndexEntry> entries = new ArrayList<>();
                for (IndexOutbox.Entry item : CommentaryEntries.published(entityManager)) {
                    IndexEntry entry = CommentaryEntries.of(entityManager, item.entity(), item.entityId(), readAt);
                    if (entry != null) {
                        entries.add(entry);
                    }
                }
                searchIndex.index().write(name, entries, readAt, false);
                entityManager.clear();
                return entries.size();
            });
            List<String> previous = searchIndex.index().switchTo(name);
            previous.stream().filter(old -> !old.equals(name)).forEach(searchIndex.index()::delete);
            inTransaction(() -> entityManager.createNativeQuery("""
                            UPDATE kb_index_state SET active = ?, building = NULL, finished_at = ? WHERE id = 1""")
                    .setParameter(1, name).setParameter(2, Timestamp.from(clock.instant())).executeUpdate());
            searchIndex.namesChanged();
            LOG.log(Level.INFO, "Search index rebuilt as {0}", name);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rebuilding the search index failed; the old index stays in use", e);
            inTransaction(() -> entityManager.createNativeQuery(
                    "UPDATE kb_index_state SET building = NULL, finished_at = NULL WHERE id = 1 AND building = ?")
                    .setParameter(1, name).executeUpdate());
            searchIndex.index().delete(name);
        }
    }

    @RolesAllowed({"SYSTEM_ADMIN", "EDITOR"})
    public ReindexState state() {
        return inTransaction(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery(
                    "SELECT active, building, total, done, started_at, finished_at, heartbeat_at FROM kb_index_state"
                            + " WHERE id = 1").getSingleResult();
            Instant heartbeat = instant(row[6]);
            boolean stalled = row[1] != null && (heartbeat == null || heartbeat.isBefore(clock.instant().minus(STALL)));
            return new ReindexState((String) row[0], (String) row[1], ((Number) row[2]).intValue(),
                    ((Number) row[3]).intValue(), instant(row[4]), instant(row[5]),
                    IndexOutbox.backlog(entityManager), stalled);
        });
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return null;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException(e);
        }
    }

    private void rollback() {
        try {
            transaction.rollback();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Rollback", e);
        }
    }
}
