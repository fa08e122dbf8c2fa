package org.anquan.knowledge.document.boundary;

import java.util.List;

/**
 * Documents found for a query. {@code degraded} is true when Elasticsearch could not answer and a plain database
 * match on titles and summaries stood in for it.
 */
public record SearchResult(String query, List<Found> hits, boolean degraded) {

    /** A found document with a summary fragment (HTML-escaped, matches in {@code <mark>}), if any. */
    public record Found(DocumentView document, String fragment) {
    }
}
