package org.anquan.knowledge.document.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.search.boundary.SearchIndex;
import org.anquan.knowledge.search.boundary.SearchUnavailableException;
import org.anquan.knowledge.search.control.SearchHit;
import org.anquan.platform.database.control.Like;
import org.anquan.platform.error.UnknownEntityException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Reading and finding laws, regulations and standards. */
@Stateless
public class Documents {

    public static final int MAX_QUERY_LENGTH = 200;
    private static final Logger LOG = Logger.getLogger(Documents.class.getName());

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @EJB
    SearchIndex searchIndex;

    public List<DocumentView> list(@Min(0) int offset, @Min(1) @Max(200) int limit) {
        return entityManager.createNamedQuery(Document.ALL_BY_RANK, Document.class)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(DocumentView::of).toList();
    }

    public long count() {
        return entityManager.createNamedQuery(Document.COUNT, Long.class).getSingleResult();
    }

    public DocumentView bySlug(@NotNull @Size(max = 120) String slug) {
        return entityManager.createNamedQuery(Document.BY_SLUG, Document.class).setParameter("slug", slug)
                .getResultStream().findFirst().map(DocumentView::of)
                .orElseThrow(() -> new UnknownEntityException("document", slug));
    }

    public SearchResult search(@NotBlank @Size(max = MAX_QUERY_LENGTH) String q, @Min(1) @Max(100) int limit) {
        String text = q.strip();
        try {
            List<SearchHit> hits = searchIndex.searchDocuments(text, limit);
            Map<Long, DocumentView> byId = hits.isEmpty() ? Map.of()
                    : entityManager.createNamedQuery(Document.BY_IDS, Document.class)
                    .setParameter("ids", hits.stream().map(SearchHit::id).toList())
                    .getResultStream().map(DocumentView::of)
                    .collect(Collectors.toMap(DocumentView::id, Function.identity()));
            List<SearchResult.Found> found = hits.stream()
                    .filter(hit -> byId.containsKey(hit.id()))
                    .map(hit -> new SearchResult.Found(byId.get(hit.id()), hit.fragment()))
                    .toList();
            return new SearchResult(text, found, false);
        } catch (SearchUnavailableException e) {
            LOG.log(Level.WARNING, "Search unavailable, falling back to the database: {0}", e.getMessage());
            return new SearchResult(text, databaseMatch(text, limit), true);
        }
    }

    private List<SearchResult.Found> databaseMatch(String text, int limit) {
        return entityManager.createQuery("""
                        SELECT d FROM Document d
                        WHERE d.title LIKE :pattern OR d.shortTitle LIKE :pattern
                           OR d.docNumber LIKE :pattern OR d.summary LIKE :pattern
                        ORDER BY d.kindRank, d.publishedOn DESC""", Document.class)
                .setParameter("pattern", Like.containing(text))
                .setMaxResults(limit)
                .getResultStream()
                .map(document -> new SearchResult.Found(DocumentView.of(document), null))
                .toList();
    }
}
