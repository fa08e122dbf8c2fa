package org.anquan.portal.api.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anquan.knowledge.search.boundary.ReindexState;
import org.anquan.knowledge.search.boundary.Reindexing;

/** The search index for editors and administrators: its state and backlog, and a full rebuild without downtime. */
@Path("admin/search-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexAdminResource {

    @EJB
    Reindexing reindexing;

    @GET
    public ReindexState state() {
        return reindexing.state();
    }

    @POST
    @Path("rebuild")
    public Response rebuild() {
        return Response.accepted(reindexing.start()).build();
    }
}
