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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.search.control.DocumentIndex;
import org.anquan.knowledge.search.control.IndexedDocument;
import org.anquan.knowledge.search.control.SearchClients;
import org.anquan.knowledge.search.control.SearchHit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Owns the Elasticsearch client and the documents index. At start-up it creates the index with its mappings and
 * fills it from the database when it is new or empty; when Elasticsearch is away it says so and tries again every
 * minute. Filling is idempotent (the document id is the index id), so two instances doing it at once do no harm.
 */
@Singleton
@Startup
@DependsOn("KnowledgeSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    @ConfigProperty(name = "anquan.search.url")
    String addresses;

    @Inject
    @ConfigProperty(name = "anquan.search.index-prefix", defaultValue = "anquan")
    String prefix;

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    private ElasticsearchClient client;
    private DocumentIndex documents;
    private volatile boolean prepared;

    @PostConstruct
    void start() {
        client = SearchClients.connect(addresses);
        documents = new DocumentIndex(client, prefix + "-documents");
        prepare();
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void retryPreparation() {
        if (!prepared) {
            prepare();
        }
    }

    private void prepare() {
        try {
            boolean created = documents.createIfMissing();
            if (created || documents.count() == 0) {
                reindexAll();
            }
            prepared = true;
        } catch (RuntimeException e) {
            prepared = false;
            LOG.log(Level.WARNING, "Search index not ready, will retry in a minute: {0}", e.getMessage());
        }
    }

    private void reindexAll() {
        List<IndexedDocument> all = entityManager.createNamedQuery(Document.ALL_BY_RANK, Document.class)
                .getResultStream().map(SearchIndex::indexed).toList();
        documents.index(all, true);
        LOG.log(Level.INFO, "Indexed {0} documents into {1}", new Object[]{all.size(), documents.name()});
    }

    static IndexedDocument indexed(Document document) {
        return new IndexedDocument(document.id(), document.slug(), document.title(), document.shortTitle(),
                document.docNumber(), document.kind().name(), document.status().name(), document.issuingBody(),
                iso(document.publishedOn()), iso(document.effectiveOn()), document.summary());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Whether Elasticsearch answers and the index is in place. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean isAvailable() {
        try {
            // the node answers GET / with 405 on this distribution, so ask for the cluster's health instead
            return prepared && client.cluster().health(h -> h.timeout(t -> t.time("2s"))).status() != HealthStatus.Red;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Searches the documents; throws {@link SearchUnavailableException} when Elasticsearch cannot answer. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<SearchHit> searchDocuments(String text, int limit) {
        try {
            return documents.search(text, limit);
        } catch (RuntimeException e) {
            throw new SearchUnavailableException(e);
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
