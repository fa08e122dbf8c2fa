package org.anquan.portal.api.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.anquan.platform.account.boundary.AccountAdministration;
import org.anquan.platform.account.boundary.AccountView;

import java.util.List;

/** Account administration for system administrators (the boundary enforces the role). */
@Path("admin/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsAdminResource {

    @EJB
    AccountAdministration administration;

    @Context
    HttpServletRequest request;

    public record Page(List<AccountView> items, long total) {
    }

    @GET
    public Page search(@QueryParam("q") String q, @QueryParam("offset") @DefaultValue("0") int offset,
                       @QueryParam("limit") @DefaultValue("20") int limit) {
        return new Page(administration.search(q, offset, limit), administration.count(q));
    }

    @POST
    @Path("{id}/lock")
    public AccountView lock(@PathParam("id") long id) {
        return administration.lock(id, request.getRemoteAddr());
    }

    @POST
    @Path("{id}/unlock")
    public AccountView unlock(@PathParam("id") long id) {
        return administration.unlock(id, request.getRemoteAddr());
    }
}
