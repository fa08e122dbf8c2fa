package org.anquan.knowledge.search.boundary;

import org.anquan.knowledge.search.control.Facet;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: hits in rank order, the same hits grouped by document, facets, and whether the query
 * was read as a citation or a title look-up. {@code degraded} is true when Elasticsearch could not answer and a
 * plain database match stood in (no facets, no ranking beyond the kind of text).
 */
public record SearchPage(String query, List<ArticleHit> hits, List<Group> groups, long total,
                         Map<String, List<Facet>> facets, boolean citation, boolean titleLookup, boolean degraded) {

    /** The hits of one document. */
    public record Group(long documentId, String slug, String title, String kind, String status, String locality,
                        List<ArticleHit> hits) {
    }
}
