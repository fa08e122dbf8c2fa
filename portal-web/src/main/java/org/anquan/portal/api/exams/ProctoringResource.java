package org.anquan.portal.api.exams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anquan.exam.attempt.entity.IrregularityKind;
import org.anquan.exam.session.boundary.CheckInView;
import org.anquan.exam.session.boundary.ConsoleView;
import org.anquan.exam.session.boundary.Proctoring;

/** The proctor's desk: check-in by ticket, the live seat map and the actions in the room. */
@Path("proctoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProctoringResource {

    @EJB
    Proctoring proctoring;

    public record Announcement(@NotNull String message) {
    }

    /** Extra minutes for one attempt, or for every running attempt of the session when attemptId is absent. */
    public record ExtraTime(Long attemptId, @NotNull Integer minutes) {
    }

    public record Report(@NotNull IrregularityKind kind, @NotNull String note) {
    }

    public record Extended(int attempts) {
    }

    @GET
    @Path("tickets/{ticket}")
    public CheckInView ticket(@PathParam("ticket") String ticket) {
        return proctoring.lookUp(ticket);
    }

    @POST
    @Path("registrations/{id}/check-in")
    public CheckInView checkIn(@PathParam("id") long id) {
        return proctoring.checkIn(id);
    }

    @GET
    @Path("sessions/{id}")
    public ConsoleView console(@PathParam("id") long id) {
        return proctoring.console(id);
    }

    @POST
    @Path("sessions/{id}/announcements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response announce(@PathParam("id") long id, @NotNull @Valid Announcement announcement) {
        proctoring.announce(id, announcement.message());
        return Response.noContent().build();
    }

    @POST
    @Path("sessions/{id}/extra-time")
    @Consumes(MediaType.APPLICATION_JSON)
    public Extended extraTime(@PathParam("id") long id, @NotNull @Valid ExtraTime extra) {
        return new Extended(proctoring.extraTime(id, extra.attemptId(), extra.minutes()));
    }

    @POST
    @Path("sessions/{id}/pause")
    public Response pause(@PathParam("id") long id) {
        proctoring.pause(id);
        return Response.noContent().build();
    }

    @POST
    @Path("sessions/{id}/resume")
    public Response resume(@PathParam("id") long id) {
        proctoring.resume(id);
        return Response.noContent().build();
    }

    @POST
    @Path("attempts/{id}/submission")
    public Response forceSubmit(@PathParam("id") long id) {
        proctoring.forceSubmit(id);
        return Response.noContent().build();
    }

    @POST
    @Path("attempts/{id}/terminal-release")
    public Response releaseTerminal(@PathParam("id") long id) {
        proctoring.releaseTerminal(id);
        return Response.noContent().build();
    }

    @POST
    @Path("attempts/{id}/irregularities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response irregularity(@PathParam("id") long id, @NotNull @Valid Report report) {
        proctoring.irregularity(id, report.kind(), report.note());
        return Response.noContent().build();
    }
}
