package org.anquan.knowledge.search.control;

import java.util.Set;

/**
 * Filters chosen beside the search box: entry types, kinds, 时效性, regions, industries, issuing bodies, years;
 * {@code includeOld} also searches superseded versions and texts that are no longer in force.
 */
public record SearchFilters(Set<String> types, Set<String> kinds, Set<String> statuses, Set<String> regions,
                            Set<String> industries, Set<String> issuers, Integer yearFrom, Integer yearTo,
                            boolean includeOld) {

    public static final SearchFilters NONE = new SearchFilters(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), null, null, false);
}
