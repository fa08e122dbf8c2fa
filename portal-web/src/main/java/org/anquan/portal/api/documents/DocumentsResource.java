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
import org.anquan.knowledge.document.boundary.SearchResult;

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

    @GET
    @Path("search")
    public SearchResult search(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("20") int limit) {
        return documents.search(q, limit);
    }

    /** The same search with the query in a JSON body (for long queries and, later, filters). */
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    public SearchResult search(@NotNull SearchRequest request) {
        return documents.search(request.q(), request.limit() == null ? 20 : request.limit());
    }
}
