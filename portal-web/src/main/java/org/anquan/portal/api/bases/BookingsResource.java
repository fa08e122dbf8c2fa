package org.anquan.portal.api.bases;

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
import org.anquan.booking.reservation.boundary.BookingRequest;
import org.anquan.booking.reservation.boundary.BookingView;
import org.anquan.booking.reservation.boundary.Bookings;

import java.util.List;

/**
 * Drill bookings: a group books a facility slot (confirmed, pending approval or wait-listed), cancels, confirms an
 * offer of the waiting list; the base approves, rejects, checks groups in by their ticket and records the drill.
 */
@Path("bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BookingsResource {

    @EJB
    Bookings bookings;

    @Context
    UriInfo uri;

    public record Rejection(String reason) {
    }

    public record CheckIn(@NotNull String ticket) {
    }

    public record DrillRecord(@NotNull Integer attendance, String practised, String evaluation) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@NotNull @Valid BookingRequest request) {
        BookingView booking = bookings.book(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(booking.id())).build())
                .entity(booking).build();
    }

    @GET
    public List<BookingView> mine() {
        return bookings.mine();
    }

    @GET
    @Path("{id}")
    public BookingView one(@PathParam("id") long id) {
        return bookings.one(id);
    }

    @DELETE
    @Path("{id}")
    public BookingView cancel(@PathParam("id") long id) {
        return bookings.cancel(id);
    }

    @POST
    @Path("{id}/confirmation")
    public BookingView confirm(@PathParam("id") long id) {
        return bookings.confirmOffer(id);
    }

    @POST
    @Path("{id}/approval")
    public BookingView approve(@PathParam("id") long id) {
        return bookings.approve(id);
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    public BookingView reject(@PathParam("id") long id, Rejection rejection) {
        return bookings.reject(id, rejection == null ? null : rejection.reason());
    }

    @PUT
    @Path("{id}/record")
    @Consumes(MediaType.APPLICATION_JSON)
    public BookingView record(@PathParam("id") long id, @NotNull @Valid DrillRecord record) {
        return bookings.record(id, record.attendance(), record.practised(), record.evaluation());
    }

    @POST
    @Path("check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    public BookingView checkIn(@NotNull @Valid CheckIn checkIn) {
        return bookings.checkIn(checkIn.ticket());
    }
}
