package org.anquan.portal.laws;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.knowledge.document.boundary.DocumentView;
import org.anquan.knowledge.document.boundary.Documents;
import org.anquan.knowledge.document.entity.DocumentKind;
import org.anquan.knowledge.search.boundary.ArticleHit;
import org.anquan.knowledge.search.boundary.Search;
import org.anquan.knowledge.search.boundary.SearchPage;
import org.anquan.knowledge.search.control.Facet;
import org.anquan.knowledge.search.control.SearchFilters;
import org.anquan.portal.language.Texts;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * /laws/: the catalogue, or the search for {@code ?q=} with its filters (type, kind, status, region, industry,
 * issuer, includeOld) as plain GET parameters, so every result page can be bookmarked. A citation query
 * (安全生产法第二十一条) goes straight to the article.
 */
@Named
@RequestScoped
public class LawsBacking {

    static final int PAGE = 50;
    static final java.util.regex.Pattern STANDARD_NUMBER = java.util.regex.Pattern.compile(
            "^[A-Za-z]{1,4}(?:/[A-Za-z])?\\s*\\d{2,6}(?:[.\\-—]\\d+)*$");
    static final List<String> FACETS = List.of("type", "kind", "status", "region", "industries", "issuingBody");

    @EJB
    Documents documents;

    @EJB
    Search search;

    @Inject
    Texts texts;

    private String q;
    private List<DocumentView> catalogue = List.of();
    private long total;
    private SearchPage result;
    private Map<String, Set<String>> chosen = Map.of();
    private boolean includeOld;
    private Integer yearFrom;
    private DocumentKind kind;
    private int page;
    private Integer yearTo;

    public void load() throws IOException {
        String query = q == null ? "" : q.strip();
        if (query.length() > Search.MAX_QUERY_LENGTH) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    texts.format("laws_index.queryTooLong", Search.MAX_QUERY_LENGTH), null));
            query = "";
        }
        if (query.isEmpty()) {
            kind = kindParameter();
            page = Math.max(0, Math.min(page, 10_000));
            catalogue = kind == null ? documents.list(page * PAGE, PAGE) : documents.list(kind, page * PAGE, PAGE);
            total = kind == null ? documents.count() : documents.count(kind);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String[]> parameters = external.getRequestParameterValuesMap();
        chosen = Map.of("type", values(parameters, "type"), "kind", values(parameters, "kind"),
                "status", values(parameters, "status"), "region", values(parameters, "region"),
                "industries", values(parameters, "industry"), "issuingBody", values(parameters, "issuer"));
        includeOld = "true".equals(external.getRequestParameterMap().get("includeOld"));
        yearFrom = year(external.getRequestParameterMap().get("yearFrom"));
        yearTo = year(external.getRequestParameterMap().get("yearTo"));
        result = search.search(query, new SearchFilters(chosen.get("type"), chosen.get("kind"), chosen.get("status"),
                chosen.get("region"), chosen.get("industries"), chosen.get("issuingBody"), yearFrom, yearTo,
                includeOld), PAGE);
        if (result.citation() && !result.hits().isEmpty()) {
            ArticleHit cited = result.hits().get(0);
            external.redirect(external.getRequestContextPath() + cited.href());
        } else if (result.titleLookup() && result.groups().size() == 1 && STANDARD_NUMBER.matcher(query).matches()) {
            // a standard's number (GB 30871) names one document: open it
            external.redirect(external.getRequestContextPath() + "/laws/" + result.groups().get(0).slug());
        }
    }

    private static DocumentKind kindParameter() {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("kind");
        if (value == null) {
            return null;
        }
        try {
            return DocumentKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null; // an unknown kind lists everything
        }
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public boolean isLastPage() {
        return (long) (page + 1) * PAGE >= total;
    }

    /** A year between 1949 and 2100, or nothing (anything else is ignored rather than refused). */
    private static Integer year(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(text.strip());
        return year >= 1949 && year <= 2100 ? year : null;
    }

    public Integer getYearFrom() {
        return yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    private static Set<String> values(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? Set.of() : Arrays.stream(values).filter(value -> !value.isBlank()
                && value.length() <= 100).limit(20).collect(Collectors.toUnmodifiableSet());
    }

    /** Facet values with document counts, for the filter form (in the order of the facet names). */
    public List<Facet> facet(String name) {
        return result == null ? List.of() : result.facets().getOrDefault(name, List.of());
    }

    public boolean isChosen(String facet, String value) {
        return chosen.getOrDefault(facet, Set.of()).contains(value);
    }

    /** The request parameter a facet is sent as. */
    public String parameter(String facet) {
        return switch (facet) {
            case "industries" -> "industry";
            case "issuingBody" -> "issuer";
            default -> facet;
        };
    }

    /** A facet value's caption: enum captions from the bundle, other values as they are. */
    public String caption(String facet, String value) {
        return switch (facet) {
            case "kind" -> texts.format("DocumentKind." + value);
            case "status" -> texts.format("DocumentStatus." + value);
            case "industries" -> texts.format("Industry." + value);
            case "type" -> texts.format("SearchType." + value);
            default -> value;
        };
    }

    public List<String> getFacets() {
        return FACETS;
    }

    public boolean isIncludeOld() {
        return includeOld;
    }

    public boolean isSearching() {
        return result != null;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<DocumentView> getCatalogue() {
        return catalogue;
    }

    public long getTotal() {
        return total;
    }

    public SearchPage getResult() {
        return result;
    }
}
