package org.anquan.knowledge.search.control;

/** One value of a facet and how many documents (not articles) have it among the hits; for the type facet, hits. */
public record Facet(String value, long documents) {
}
