package org.anquan.knowledge.search.control;

import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The transactional outbox between the database and the search index: a change queues its entity in the same
 * transaction; the indexer claims queued rows with {@code FOR UPDATE SKIP LOCKED} (so two instances never take the
 * same row), indexes them and deletes the rows in that transaction. While Elasticsearch is away rows stay queued.
 */
public final class IndexOutbox {

    public static final String DOCUMENT = "DOCUMENT";
    public static final String INTERPRETATION = "INTERPRETATION";
    public static final String QUESTION = "QUESTION";
    public static final String SCIENCE = "SCIENCE";

    private IndexOutbox() {
    }

    public static void queue(EntityManager em, String entity, long id, Instant now) {
        em.createNativeQuery("INSERT INTO kb_index_outbox (entity, entity_id, queued_at) VALUES (?, ?, ?)")
                .setParameter(1, entity).setParameter(2, id).setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    /** A claimed row. */
    public record Entry(long id, String entity, long entityId) {
    }

    /** Claims up to {@code limit} queued rows for the current transaction; others skip them. */
    @SuppressWarnings("unchecked")
    public static List<Entry> claim(EntityManager em, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, entity, entity_id FROM kb_index_outbox ORDER BY id LIMIT ?
                        FOR UPDATE SKIP LOCKED""")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(row -> new Entry(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).longValue())).toList();
    }

    /**
     * Deletes the claimed rows one by one, each by its key: a {@code DELETE … WHERE id IN (…)} over a small table
     * may be run as a scan that waits for the rows another instance has claimed while that one waits for ours (two
     * indexers side by side deadlocked so in a test).
     */
    public static void done(EntityManager em, List<Entry> entries) {
        for (Entry entry : entries) {
            em.createNativeQuery("DELETE FROM kb_index_outbox WHERE id = ?").setParameter(1, entry.id())
                    .executeUpdate();
        }
    }

    public static long backlog(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM kb_index_outbox").getSingleResult()).longValue();
    }
}
