package org.anquan.knowledge.search.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search path shared by the pages, the API and the evaluation command: read the query, answer a citation or a
 * title look-up directly, otherwise rank articles; the boundary groups the hits by document.
 */
public final class KnowledgeSearch {

    private KnowledgeSearch() {
    }

    public record Outcome(QueryPlan plan, List<FoundEntry> hits, long total,
                          Map<String, List<Facet>> facets) {
    }

    public static Outcome search(KnowledgeIndex index, NameDirectory names, String query, SearchFilters filters,
                                 int size) {
        QueryPlan plan = QueryPlanner.plan(query, names);
        List<FoundEntry> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean articlesWanted = filters.types().isEmpty() || filters.types().contains(KnowledgeIndex.ARTICLE);
        if (articlesWanted && plan.isCitation()) {
            add(hits, seen, index.cited(plan.citedDocuments(), plan.citedArticle(), plan.citedSub(),
                    filters.includeOld()));
        }
        if (articlesWanted && plan.wholeName()) {
            add(hits, seen, index.opening(plan.named(), size));
        }
        long total = hits.size();
        Map<String, List<Facet>> facets = Map.of();
        boolean searchWithin = !plan.named().isEmpty() && !plan.wholeName() && !plan.isCitation();
        if (plan.hasWords() || !plan.expansions().isEmpty() || searchWithin) {
            IndexAnswer answer = index.search(plan, filters, Math.max(size, 30));
            add(hits, seen, answer.hits());
            total = Math.max(total, answer.total());
            facets = answer.facets();
        }
        List<FoundEntry> top = diversified(hits, size, plan.wholeName() || !plan.named().isEmpty());
        return new Outcome(plan, List.copyOf(top), total, facets);
    }

    static final int PER_DOCUMENT = 4;

    /**
     * At most four hits of one document among the first places while other documents have hits too, so that one
     * long law does not hide the others; the rest follow in rank order. Title look-ups and searches within a
     * named document keep their order.
     */
    static List<FoundEntry> diversified(List<FoundEntry> hits, int size, boolean oneDocumentWanted) {
        if (oneDocumentWanted) {
            return hits.size() > size ? hits.subList(0, size) : hits;
        }
        List<FoundEntry> first = new ArrayList<>();
        List<FoundEntry> later = new ArrayList<>();
        Map<Long, Integer> perDocument = new java.util.HashMap<>();
        for (FoundEntry hit : hits) {
            int seen = perDocument.merge(hit.entry().documentId(), 1, Integer::sum);
            (seen <= PER_DOCUMENT || hit.entry().documentId() == 0 ? first : later).add(hit);
        }
        first.addAll(later);
        return first.size() > size ? first.subList(0, size) : first;
    }

    private static void add(List<FoundEntry> hits, Set<String> seen, List<FoundEntry> more) {
        for (FoundEntry hit : more) {
            if (seen.add(KnowledgeIndex.idOf(hit.entry()))) {
                hits.add(hit);
            }
        }
    }
}
