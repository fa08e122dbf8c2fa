package org.anquan.knowledge.search.boundary;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.search.control.KnowledgeIndex;
import org.anquan.knowledge.search.control.NameDirectory;
import org.anquan.knowledge.search.control.SearchClients;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Owns the Elasticsearch client and the knowledge index. At start-up it creates the index behind its alias when
 * there is none and queues every document in the outbox, so the {@link IndexFeeder} fills it in the background;
 * when Elasticsearch is away it says so and tries again every minute. Also keeps the directory of document names
 * that the query planner reads (rebuilt at most once a minute, sooner after this instance indexed a change).
 */
@Singleton
@Startup
@DependsOn("KnowledgeSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final long NAMES_MAX_AGE_MILLIS = 60_000;

    @Inject
    @ConfigProperty(name = "anquan.search.url")
    String addresses;

    @Inject
    @ConfigProperty(name = "anquan.search.index-prefix", defaultValue = "anquan")
    String prefix;

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/anquan")
    DataSource dataSource;

    private ElasticsearchClient client;
    private KnowledgeIndex index;
    private volatile boolean prepared;
    private volatile NameDirectory names;
    private volatile long namesLoadedAt;

    @PostConstruct
    void start() {
        client = SearchClients.connect(addresses);
        index = new KnowledgeIndex(client, prefix);
        prepare();
    }

    /** Every 20 s: prepare the index if it is not ready, or again if it has gone (a new, empty cluster). */
    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    void retryPreparation() {
        if (prepared) {
            try {
                prepared = index.exists();
            } catch (RuntimeException e) {
                return; // Elasticsearch away: searches fall back, the outbox keeps the changes
            }
        }
        if (!prepared) {
            prepare();
        }
    }

    private void prepare() {
        try {
            if (!index.exists()) {
                String name = index.newIndexName();
                index.create(name);
                index.switchTo(name);
                int queued = queueEverything();
                LOG.log(Level.INFO, "Created search index {0}; {1} documents queued for indexing",
                        new Object[]{name, queued});
            }
            prepared = true;
        } catch (RuntimeException e) {
            prepared = false;
            LOG.log(Level.WARNING, "Search index not ready, will retry in a minute: {0}", e.getMessage());
        }
    }

    /** Queues every document and published commentary for the index (a fresh index, or a repair). */
    public int queueEverything() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO kb_index_outbox (entity, entity_id, queued_at)
                     SELECT 'DOCUMENT', id, CURRENT_TIMESTAMP(6) FROM kb_document
                     UNION ALL SELECT 'INTERPRETATION', id, CURRENT_TIMESTAMP(6) FROM kb_interpretation
                               WHERE status = 'PUBLISHED'
                     UNION ALL SELECT 'QUESTION', id, CURRENT_TIMESTAMP(6) FROM kb_question WHERE status = 'PUBLISHED'
                     UNION ALL SELECT 'SCIENCE', id, CURRENT_TIMESTAMP(6) FROM kb_science_article
                               WHERE status = 'PUBLISHED'""")) {
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot queue the documents for indexing", e);
        }
    }

    public KnowledgeIndex index() {
        return index;
    }

    /** The names of all documents, at most a minute old. */
    public NameDirectory names() {
        NameDirectory current = names;
        if (current == null || System.currentTimeMillis() - namesLoadedAt > NAMES_MAX_AGE_MILLIS) {
            current = NameDirectory.of(entityManager.createNamedQuery(Document.ALL_BY_RANK, Document.class)
                    .getResultList());
            entityManager.clear();
            names = current;
            namesLoadedAt = System.currentTimeMillis();
        }
        return current;
    }

    /** Documents changed: read the names again on the next search. */
    public void namesChanged() {
        namesLoadedAt = 0;
    }

    /** Whether Elasticsearch answers and the index is in place. */
    public boolean isAvailable() {
        try {
            // the node answers GET / with 405 on this distribution, so ask for the cluster's health instead
            return prepared && client.cluster().health(h -> h.timeout(t -> t.time("2s"))).status() != HealthStatus.Red;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @PreDestroy
    void stop() {
        try {
            client._transport().close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the search client", e);
        }
    }
}
