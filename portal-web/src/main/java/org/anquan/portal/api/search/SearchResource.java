package org.anquan.portal.api.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.anquan.knowledge.search.boundary.Search;
import org.anquan.knowledge.search.boundary.SearchPage;
import org.anquan.knowledge.search.control.SearchFilters;

import java.util.List;
import java.util.Set;

/**
 * The one search box: laws and standards article by article (citations and titles answered directly), with
 * facets; {@code includeOld=true} also searches superseded versions and repealed texts.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_FILTER_VALUES = 20;

    @EJB
    Search search;

    public record Suggestions(List<String> names) {
    }

    @GET
    public SearchPage search(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("20") int limit,
                             @QueryParam("type") List<String> types, @QueryParam("kind") List<String> kinds,
                             @QueryParam("status") List<String> statuses, @QueryParam("region") List<String> regions,
                             @QueryParam("industry") List<String> industries,
                             @QueryParam("issuer") List<String> issuers, @QueryParam("yearFrom") Integer yearFrom,
                             @QueryParam("yearTo") Integer yearTo,
                             @QueryParam("includeOld") @DefaultValue("false") boolean includeOld) {
        return search.search(q, new SearchFilters(set(types), set(kinds), set(statuses), set(regions),
                set(industries), set(issuers), yearFrom, yearTo, includeOld), limit);
    }

    @GET
    @Path("suggest")
    public Suggestions suggest(@QueryParam("q") String q) {
        return new Suggestions(search.suggest(q));
    }

    /** Filter values, at most 20 of each, each at most 100 characters (longer ones cannot match anything). */
    static Set<String> set(List<String> values) {
        if (values == null) {
            return Set.of();
        }
        return Set.copyOf(values.stream().filter(value -> value != null && !value.isBlank() && value.length() <= 100)
                .limit(MAX_FILTER_VALUES).toList());
    }
}
