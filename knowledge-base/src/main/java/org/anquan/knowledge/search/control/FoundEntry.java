package org.anquan.knowledge.search.control;

/** A hit: the entry's fields and a fragment with the matches in {@code <mark>} (HTML-escaped otherwise). */
public record FoundEntry(IndexEntry entry, double score, String fragment) {
}
