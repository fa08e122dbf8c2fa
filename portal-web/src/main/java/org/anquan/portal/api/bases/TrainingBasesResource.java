package org.anquan.portal.api.bases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.anquan.booking.base.boundary.BaseDetail;
import org.anquan.booking.base.boundary.TrainingBaseView;
import org.anquan.booking.base.boundary.TrainingBases;
import org.anquan.booking.reservation.boundary.BookingView;
import org.anquan.booking.reservation.boundary.Bookings;
import org.anquan.booking.reservation.boundary.SlotView;
import org.anquan.portal.api.documents.DocumentsResource.LocalDateParam;

import java.util.List;

/** Training, drill and experience bases open for booking: facilities, rules and the availability of slots. */
@Path("training-bases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrainingBasesResource {

    @EJB
    TrainingBases bases;

    @EJB
    Bookings bookings;

    @GET
    public List<TrainingBaseView> published() {
        return bases.published();
    }

    @GET
    @Path("{id}")
    public BaseDetail one(@PathParam("id") long id) {
        return bases.base(id);
    }

    /** The slots of a facility from one day to another (at most two months), China time. */
    @GET
    @Path("facilities/{id}/availability")
    public List<SlotView> availability(@PathParam("id") long facilityId, @NotNull @QueryParam("from") LocalDateParam from,
                                       @NotNull @QueryParam("to") LocalDateParam to) {
        return bookings.availability(facilityId, from.value(), to.value());
    }

    /** The bookings of a base between two days, for its staff. */
    @GET
    @Path("{id}/bookings")
    public List<BookingView> bookings(@PathParam("id") long baseId, @NotNull @QueryParam("from") LocalDateParam from,
                                      @NotNull @QueryParam("to") LocalDateParam to) {
        return bookings.ofBase(baseId, from.value(), to.value());
    }
}
