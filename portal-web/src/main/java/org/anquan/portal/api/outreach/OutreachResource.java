package org.anquan.portal.api.outreach;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.anquan.booking.outreach.boundary.Outreach;
import org.anquan.booking.outreach.boundary.OutreachDraft;
import org.anquan.booking.outreach.boundary.OutreachView;
import org.anquan.platform.organisation.boundary.OrganisationView;

import java.time.Instant;
import java.util.List;

/** 五进 outreach requests: asked by a school, community, village, enterprise or family; answered by an organiser. */
@Path("outreach-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutreachResource {

    @EJB
    Outreach outreach;

    @Context
    UriInfo uri;

    /** An organiser's answer: the date (to accept on or to propose) and a message. */
    public record Answer(Instant on, String message) {
    }

    @GET
    @Path("organisers")
    public List<OrganisationView> organisers() {
        return outreach.organisers();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@NotNull @Valid OutreachDraft draft) {
        OutreachView request = outreach.request(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(request.id())).build())
                .entity(request).build();
    }

    @GET
    public List<OutreachView> mine() {
        return outreach.mine();
    }

    @DELETE
    @Path("{id}")
    public OutreachView withdraw(@PathParam("id") long id) {
        return outreach.withdraw(id);
    }

    @POST
    @Path("{id}/proposal-acceptance")
    public OutreachView acceptProposal(@PathParam("id") long id) {
        return outreach.acceptProposal(id);
    }

    @GET
    @Path("received")
    public List<OutreachView> received() {
        return outreach.received();
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    public OutreachView accept(@PathParam("id") long id, @NotNull Answer answer) {
        return outreach.accept(id, requireDate(answer), answer.message());
    }

    @POST
    @Path("{id}/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    public OutreachView propose(@PathParam("id") long id, @NotNull Answer answer) {
        return outreach.propose(id, requireDate(answer), answer.message());
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    public OutreachView decline(@PathParam("id") long id, Answer answer) {
        return outreach.decline(id, answer == null ? null : answer.message());
    }

    private static Instant requireDate(Answer answer) {
        if (answer.on() == null) {
            throw new org.anquan.platform.error.BusinessException("outreach.dateRequired");
        }
        return answer.on();
    }
}
