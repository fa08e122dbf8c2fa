package org.anquan.knowledge.search.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anquan.knowledge.search.control.FoundEntry;
import org.anquan.knowledge.search.control.IndexEntry;
import org.anquan.knowledge.search.control.KnowledgeSearch;
import org.anquan.knowledge.search.control.QueryPlan;
import org.anquan.knowledge.search.control.QueryPlanner;
import org.anquan.knowledge.search.control.SearchFilters;
import org.anquan.platform.database.control.Like;
import org.anquan.platform.html.control.RichText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One search box for laws, standards and (as they come) interpretations, answers and science articles: the path
 * the pages, the API and the evaluation command share. Falls back to a database match when Elasticsearch is away.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Search {

    public static final int MAX_QUERY_LENGTH = 200;
    private static final Logger LOG = Logger.getLogger(Search.class.getName());

    @EJB
    SearchIndex searchIndex;

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    public SearchPage search(@NotBlank @Size(max = MAX_QUERY_LENGTH) String q, @NotNull SearchFilters filters,
                             @Min(1) @Max(100) int limit) {
        String text = q.strip();
        try {
            KnowledgeSearch.Outcome outcome = KnowledgeSearch.search(searchIndex.index(), searchIndex.names(), text,
                    filters, limit);
            List<ArticleHit> hits = outcome.hits().stream().map(Search::hit).toList();
            return new SearchPage(text, hits, group(hits), outcome.total(), outcome.facets(),
                    outcome.plan().isCitation(), outcome.plan().wholeName(), false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search unavailable, falling back to the database: {0}", e.getMessage());
            List<ArticleHit> hits = databaseMatch(text, filters, limit);
            return new SearchPage(text, hits, group(hits), hits.size(), Map.of(), false, false, true);
        }
    }

    /** Document names starting with the prefix (characters or pinyin). */
    public List<String> suggest(@NotBlank @Size(max = 50) String prefix) {
        try {
            return searchIndex.index().suggest(prefix.strip().toLowerCase(), 8);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static ArticleHit hit(FoundEntry found) {
        IndexEntry entry = found.entry();
        String fragment = found.fragment();
        if (fragment == null && entry.text() != null) {
            String text = entry.text().length() > 120 ? entry.text().substring(0, 120) + "…" : entry.text();
            fragment = RichText.escape(text);
        }
        return new ArticleHit(entry.type(), entry.documentId(), entry.slug(), entry.title(), entry.kind(),
                entry.status(), entry.locality(), entry.versionLabel(), entry.current(), entry.anchor(),
                entry.article(), entry.label(), entry.heading(), fragment, entry.path());
    }

    static List<SearchPage.Group> group(List<ArticleHit> hits) {
        // hits about a document gather under it; science articles and general questions under their type
        Map<String, List<ArticleHit>> byDocument = new LinkedHashMap<>();
        hits.forEach(hit -> byDocument.computeIfAbsent(hit.documentId() > 0 ? "d" + hit.documentId() : hit.type(),
                key -> new ArrayList<>()).add(hit));
        return byDocument.values().stream().map(group -> {
            ArticleHit first = group.get(0);
            return new SearchPage.Group(first.documentId(), first.slug(), first.title(), first.kind(),
                    first.status(), first.locality(), List.copyOf(group));
        }).toList();
    }

    /**
     * The stand-in while Elasticsearch is away: articles of versions in force whose text holds every word of the
     * query (and titles that hold the whole query), national texts first.
     */
    @SuppressWarnings("unchecked")
    private List<ArticleHit> databaseMatch(String text, SearchFilters filters, int limit) {
        QueryPlan plan;
        try {
            plan = QueryPlanner.plan(text, new org.anquan.knowledge.search.control.NameDirectory(List.of()));
        } catch (RuntimeException e) {
            plan = null;
        }
        List<String> words = plan == null || plan.words().isEmpty() ? List.of(text) : plan.words();
        StringBuilder sql = new StringBuilder("""
                SELECT d.id, d.slug, v.title, d.kind, d.status, d.locality, v.label, n.anchor, n.number, n.label,
                       n.body, v.source_path
                FROM kb_node n JOIN kb_version v ON v.id = n.version_id JOIN kb_document d ON d.id = v.document_id
                WHERE n.kind = 'ARTICLE'""");
        if (!filters.includeOld()) {
            sql.append(" AND v.id = d.current_version_id AND d.status IN ('IN_FORCE', 'NOT_YET_IN_FORCE')");
        }
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND (n.body LIKE ?").append(i + 1).append(" OR d.title LIKE ?").append(i + 1).append(')');
        }
        sql.append(" ORDER BY d.locality IS NOT NULL, d.kind_rank, d.id, n.position LIMIT ").append(limit);
        var query = entityManager.createNativeQuery(sql.toString());
        for (int i = 0; i < words.size(); i++) {
            query.setParameter(i + 1, Like.containing(words.get(i)));
        }
        List<Object[]> rows = query.getResultList();
        List<ArticleHit> hits = new ArrayList<>(catalogueMatch(text));
        for (Object[] row : rows) {
            String body = (String) row[10];
            String fragment = RichText.escape(body.length() > 120 ? body.substring(0, 120) + "…" : body);
            for (String word : words) {
                fragment = fragment.replace(RichText.escape(word), "<mark>" + RichText.escape(word) + "</mark>");
            }
            hits.add(new ArticleHit("ARTICLE", ((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5], (String) row[6], true, (String) row[7],
                    row[8] == null ? null : ((Number) row[8]).intValue(), (String) row[9], null, fragment,
                    (String) row[11]));
        }
        return hits;
    }

    /** Catalogue entries without text whose title, short title, number or summary holds the query. */
    @SuppressWarnings("unchecked")
    private List<ArticleHit> catalogueMatch(String text) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT d.id, d.slug, d.title, d.kind, d.status, d.locality, d.summary FROM kb_document d
                        WHERE d.current_version_id IS NULL AND (d.title LIKE ?1 OR d.short_title LIKE ?1
                              OR d.doc_number LIKE ?1 OR d.summary LIKE ?1)
                        ORDER BY d.kind_rank, d.id LIMIT 10""")
                .setParameter(1, Like.containing(text)).getResultList();
        return rows.stream().map(row -> {
            String summary = row[6] == null ? "" : (String) row[6];
            String fragment = RichText.escape(summary.length() > 120 ? summary.substring(0, 120) + "…" : summary)
                    .replace(RichText.escape(text), "<mark>" + RichText.escape(text) + "</mark>");
            return new ArticleHit("DOCUMENT", ((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5], null, true, "document", null, null, null,
                    fragment, null);
        }).toList();
    }
}
