package org.anquan.portal.api.organisations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.anquan.platform.organisation.boundary.MemberView;
import org.anquan.platform.organisation.boundary.OrganisationView;
import org.anquan.platform.organisation.boundary.Organisations;

import java.util.List;

/** Organisations (system administrators) and their members (insiders of that organisation only). */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @EJB
    Organisations organisations;

    @GET
    public List<OrganisationView> all() {
        return organisations.all();
    }

    @GET
    @Path("{id}/members")
    public List<MemberView> members(@PathParam("id") long id) {
        return organisations.members(id);
    }
}
