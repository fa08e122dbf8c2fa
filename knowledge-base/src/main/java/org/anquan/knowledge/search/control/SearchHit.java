package org.anquan.knowledge.search.control;

/**
 * One search result: the document's id and a summary fragment with the matches wrapped in {@code <mark>}. The
 * fragment is HTML-escaped by Elasticsearch, so only our own mark tags are markup.
 */
public record SearchHit(long id, double score, String fragment) {
}
