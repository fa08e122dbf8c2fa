package org.anquan.portal.api.documents;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.anquan.knowledge.document.boundary.DocumentView;
import org.anquan.knowledge.document.boundary.Documents;
import org.anquan.knowledge.commentary.boundary.InterpretationView;
import org.anquan.knowledge.commentary.boundary.Interpretations;
import org.anquan.knowledge.commentary.boundary.QuestionView;
import org.anquan.knowledge.commentary.boundary.Questions;
import org.anquan.knowledge.law.boundary.Laws;
import org.anquan.knowledge.law.boundary.NodeView;
import org.anquan.knowledge.law.boundary.Reading;
import org.anquan.knowledge.law.boundary.VersionComparison;
import org.anquan.knowledge.law.boundary.VersionView;
import org.anquan.knowledge.search.boundary.Search;
import org.anquan.knowledge.search.boundary.SearchPage;
import org.anquan.knowledge.search.control.SearchFilters;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;

import java.util.List;

/**
 * Laws, regulations and standards. Parameters are validated by the {@link Documents} boundary (offset ≥ 0,
 * limit 1–200 for lists and 1–100 for searches, q 1–200 characters); violations come back as a 400 problem naming
 * the parameter.
 */
@Path("documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @EJB
    Documents documents;

    @EJB
    Search search;

    @EJB
    Laws laws;

    @EJB
    Interpretations interpretations;

    @EJB
    Questions questions;

    public record Page(List<DocumentView> items, long total, int offset, int limit) {
    }

    /** A search in a JSON body; the boundary validates q (1–200 characters) and limit (1–100, default 20). */
    public record SearchRequest(String q, Integer limit) {
    }

    @GET
    public Page list(@QueryParam("offset") @DefaultValue("0") int offset,
                     @QueryParam("limit") @DefaultValue("20") int limit) {
        return new Page(documents.list(offset, limit), documents.count(), offset, limit);
    }

    @GET
    @Path("{slug}")
    public DocumentView bySlug(@PathParam("slug") String slug) {
        return documents.bySlug(slug);
    }

    /** The old search address, kept for clients of the first API: the same search as GET /search. */
    @GET
    @Path("search")
    public SearchPage search(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("20") int limit) {
        return search.search(q, SearchFilters.NONE, limit);
    }

    /** The same search with the query in a JSON body. */
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    public SearchPage search(@NotNull SearchRequest request) {
        return search.search(request.q(), SearchFilters.NONE, request.limit() == null ? 20 : request.limit());
    }

    /** The version timeline. */
    @GET
    @Path("{slug}/versions")
    public List<VersionView> versions(@PathParam("slug") String slug) {
        return laws.read(slug, null).versions();
    }

    /** A version with its headings and articles (paragraphs and items with their anchors). */
    @GET
    @Path("{slug}/versions/{label}")
    public Reading version(@PathParam("slug") String slug, @PathParam("label") String label) {
        return laws.read(slug, label);
    }

    /** One article (or heading) of a version, by its anchor (art-21). */
    @GET
    @Path("{slug}/versions/{label}/articles/{anchor}")
    public NodeView article(@PathParam("slug") String slug, @PathParam("label") String label,
                            @PathParam("anchor") String anchor) {
        return laws.read(slug, label).nodes().stream().filter(node -> node.anchor().equals(anchor)).findFirst()
                .orElseThrow(() -> new UnknownEntityException("article", slug + "/" + label + "#" + anchor));
    }

    /** The version in force on a day (yyyy-MM-dd). */
    @GET
    @Path("{slug}/in-force")
    public InForce inForce(@PathParam("slug") String slug, @QueryParam("date") LocalDateParam date) {
        if (date == null) {
            throw new BusinessException("laws_document.dateMissing");
        }
        return new InForce(date.value(), laws.labelInForceOn(slug, date.value()));
    }

    /** Two versions compared article by article. */
    @GET
    @Path("{slug}/diff")
    public VersionComparison diff(@PathParam("slug") String slug, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        return laws.compare(slug, from, to);
    }

    /** The published interpretations of the document (those on the whole document have no article). */
    @GET
    @Path("{slug}/interpretations")
    public List<InterpretationView> interpretations(@PathParam("slug") String slug) {
        return interpretations.published(slug);
    }

    /** The published questions and answers about the document. */
    @GET
    @Path("{slug}/questions")
    public List<QuestionView> questions(@PathParam("slug") String slug) {
        return questions.published(slug);
    }

    public record InForce(java.time.LocalDate date, String version) {
    }

    /** A date query parameter; a malformed one is a 400 naming the parameter. */
    public record LocalDateParam(java.time.LocalDate value) {
        public static LocalDateParam valueOf(String text) {
            return new LocalDateParam(java.time.LocalDate.parse(text));
        }
    }
}
