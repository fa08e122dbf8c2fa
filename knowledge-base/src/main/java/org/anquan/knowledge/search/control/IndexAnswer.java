package org.anquan.knowledge.search.control;

import java.util.List;
import java.util.Map;

/** What the index answered: hits in rank order, the number of matching entries, facets by name. */
public record IndexAnswer(List<FoundEntry> hits, long total, Map<String, List<Facet>> facets) {
}
