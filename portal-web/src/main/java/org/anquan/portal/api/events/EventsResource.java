package org.anquan.portal.api.events;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.anquan.booking.event.boundary.EventDraft;
import org.anquan.booking.event.boundary.EventView;
import org.anquan.booking.event.boundary.Events;
import org.anquan.booking.event.boundary.RegistrationRequest;
import org.anquan.booking.event.boundary.RegistrationView;
import org.anquan.booking.event.boundary.SessionDraft;

import java.util.List;

/**
 * Campaign events: the public list and campaigns; registration (individual or for a party), cancellation and the
 * confirmation of a waiting-list offer; the organiser's events, sessions, publication, registrations and check-in.
 */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @EJB
    Events events;

    @Context
    UriInfo uri;

    public record Publication(@NotNull Boolean published) {
    }

    public record CheckIn(@NotNull String ticket) {
    }

    @GET
    public List<EventView> published() {
        return events.published();
    }

    @GET
    @Path("campaigns")
    public List<Events.CampaignView> campaigns() {
        return events.campaigns();
    }

    @GET
    @Path("{id}")
    public EventView one(@PathParam("id") long id) {
        return events.event(id);
    }

    @POST
    @Path("sessions/{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("id") long sessionId, @NotNull RegistrationRequest request) {
        RegistrationView registration = events.register(sessionId, request);
        return Response.created(uri.getBaseUriBuilder().path("events/registrations")
                .path(Long.toString(registration.id())).build()).entity(registration).build();
    }

    @GET
    @Path("registrations")
    public List<RegistrationView> mine() {
        return events.mine();
    }

    @GET
    @Path("registrations/{id}")
    public RegistrationView registration(@PathParam("id") long id) {
        return events.registration(id);
    }

    @DELETE
    @Path("registrations/{id}")
    public RegistrationView cancel(@PathParam("id") long id) {
        return events.cancel(id);
    }

    @POST
    @Path("registrations/{id}/confirmation")
    public RegistrationView confirm(@PathParam("id") long id) {
        return events.confirmOffer(id);
    }

    @POST
    @Path("check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationView checkIn(@NotNull @Valid CheckIn checkIn) {
        return events.checkIn(checkIn.ticket());
    }

    @GET
    @Path("organised")
    public List<EventView> organised() {
        return events.organised();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull EventDraft draft) {
        EventView event = events.create(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(event.id())).build())
                .entity(event).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventView update(@PathParam("id") long id, @NotNull EventDraft draft) {
        return events.update(id, draft);
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventView addSession(@PathParam("id") long id, @NotNull @Valid SessionDraft draft) {
        return events.addSession(id, draft);
    }

    @PUT
    @Path("{id}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventView publish(@PathParam("id") long id, @NotNull @Valid Publication publication) {
        return events.publish(id, publication.published());
    }

    @GET
    @Path("sessions/{id}/registrations")
    public List<RegistrationView> registrations(@PathParam("id") long sessionId) {
        return events.registrations(sessionId);
    }
}
