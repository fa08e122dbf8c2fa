package org.anquan.knowledge.search.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.science.entity.ScienceArticle;
import org.anquan.knowledge.law.entity.Version;
import org.anquan.knowledge.search.control.CommentaryEntries;
import org.anquan.knowledge.search.control.EntryBuilder;
import org.anquan.knowledge.search.control.IndexEntry;
import org.anquan.knowledge.search.control.IndexOutbox;
import org.anquan.knowledge.search.control.KnowledgeIndex;
import org.anquan.platform.clock.Clocks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries queued changes from the outbox into the index every few seconds. Each batch is one transaction: claim
 * rows (skipping rows another instance holds), write their entries, delete the rows. When Elasticsearch fails the
 * transaction rolls back and the rows wait for the next run, so nothing is lost while it is away.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class IndexFeeder {

    private static final Logger LOG = Logger.getLogger(IndexFeeder.class.getName());
    static final int BATCH = 10;
    private static final long RUN_MILLIS = 2_500;

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @EJB
    SearchIndex searchIndex;

    @jakarta.inject.Inject
    Clock clock;

    private volatile boolean failing;

    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
    void feedOnSchedule() {
        feed();
    }

    /** Indexes queued changes for a moment; returns how many rows were done. */
    public int feed() {
        long until = System.currentTimeMillis() + RUN_MILLIS;
        int done = 0;
        while (System.currentTimeMillis() < until) {
            int batch = feedBatch();
            if (batch <= 0) {
                break;
            }
            done += batch;
        }
        return done;
    }

    private int feedBatch() {
        try {
            transaction.begin();
            List<IndexOutbox.Entry> claimed = IndexOutbox.claim(entityManager, BATCH);
            if (claimed.isEmpty()) {
                transaction.commit();
                return 0;
            }
            Set<Long> documents = new LinkedHashSet<>();
            Set<IndexOutbox.Entry> others = new LinkedHashSet<>();
            for (IndexOutbox.Entry entry : claimed) {
                if (IndexOutbox.DOCUMENT.equals(entry.entity())) {
                    documents.add(entry.entityId());
                } else {
                    others.add(new IndexOutbox.Entry(0, entry.entity(), entry.entityId()));
                }
            }
            List<String> targets = targets();
            for (long id : documents) {
                indexDocument(id, targets);
            }
            for (IndexOutbox.Entry entry : others) {
                indexCommentary(entry.entity(), entry.entityId(), targets);
            }
            IndexOutbox.done(entityManager, claimed);
            transaction.commit();
            if (failing) {
                LOG.info("Search index reachable again; indexing the backlog");
                failing = false;
            }
            if (!documents.isEmpty()) {
                searchIndex.namesChanged();
            }
            return claimed.size();
        } catch (Exception e) {
            rollback();
            if (!failing) {
                LOG.log(Level.WARNING, "Indexing paused, changes stay queued", e);
                failing = true;
            }
            return -1;
        }
    }

    private void indexDocument(long id, List<String> targets) {
        long readAt = System.currentTimeMillis();
        Document document = entityManager.find(Document.class, id);
        List<IndexEntry> entries = new ArrayList<>();
        if (document != null) {
            List<Version> versions = entityManager.createNamedQuery(Version.OF_DOCUMENT, Version.class)
                    .setParameter("document", id).getResultList();
            entries = EntryBuilder.entries(document, versions, LocalDate.now(clock.withZone(Clocks.CHINA)), readAt);
        }
        for (String target : targets) {
            searchIndex.index().replace(target, "documentId", id, entries, readAt, false);
        }
        entityManager.clear();
    }

    private void indexCommentary(String entity, long id, List<String> targets) {
        long readAt = System.currentTimeMillis();
        IndexEntry entry = CommentaryEntries.of(entityManager, entity, id, readAt);
        String key = switch (entity) {
            case IndexOutbox.INTERPRETATION -> "interp-" + id;
            case IndexOutbox.QUESTION -> "q-" + id;
            default -> null;
        };
        for (String target : targets) {
            if (entry != null) {
                searchIndex.index().write(target, List.of(entry), readAt, false);
            } else if (key != null) {
                searchIndex.index().remove(target, key, readAt);
            } else if (IndexOutbox.SCIENCE.equals(entity)) {
                ScienceArticle article = entityManager.find(ScienceArticle.class, id);
                if (article != null) {
                    searchIndex.index().remove(target, "sci-" + article.slug(), readAt);
                }
            }
        }
        entityManager.clear();
    }

    /** The alias, plus the index being rebuilt, if any. */
    private List<String> targets() {
        List<String> targets = new ArrayList<>();
        targets.add(searchIndex.index().alias());
        List<?> rows = entityManager.createNativeQuery("SELECT building FROM kb_index_state WHERE id = 1")
                .getResultList();
        Object building = rows.isEmpty() ? null : rows.get(0);
        if (building != null) {
            targets.add((String) building);
        }
        return targets;
    }

    private void rollback() {
        try {
            transaction.rollback();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Rollback after a failed indexing batch", e);
        }
    }
}
