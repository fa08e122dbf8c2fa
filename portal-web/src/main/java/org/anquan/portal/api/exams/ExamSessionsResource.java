package org.anquan.portal.api.exams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.anquan.exam.session.boundary.BatchRegistration;
import org.anquan.exam.session.boundary.ExamSessions;
import org.anquan.exam.session.boundary.RegistrationView;
import org.anquan.exam.session.boundary.SessionView;
import org.anquan.exam.session.boundary.Ticket;
import org.anquan.portal.exams.ExamDocuments;

import java.time.Instant;
import java.util.List;

/**
 * Exam sessions and registrations: the public list; scheduling by a centre administrator; registration, the
 * admission ticket (PDF) and cancellation by the candidate; publication of results by the centre.
 */
@Path("exam-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExamSessionsResource {

    @EJB
    ExamSessions sessions;

    @Inject
    ExamDocuments documents;

    @Context
    UriInfo uri;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    /** A new session; the duration defaults to the subject's. */
    public record Schedule(@NotNull Long subjectId, @NotNull Long roomId, @NotNull Instant startsAt,
                           Integer durationMinutes) {
    }

    public record Published(int certificatesIssued) {
    }

    /** A training institution's trainees for one session (at most 500). */
    public record Batch(@NotNull List<BatchRegistration.Trainee> trainees) {
    }

    @GET
    public List<SessionView> upcoming() {
        return sessions.upcoming();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@NotNull @jakarta.validation.Valid Schedule schedule) {
        long id = sessions.schedule(schedule.subjectId(), schedule.roomId(), schedule.startsAt(),
                schedule.durationMinutes());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(sessions.session(id)).build();
    }

    @GET
    @Path("{id}")
    public SessionView one(@PathParam("id") long id) {
        return sessions.session(id);
    }

    @POST
    @Path("{id}/registrations")
    public Response register(@PathParam("id") long id) {
        RegistrationView registration = sessions.register(id);
        return Response.created(uri.getBaseUriBuilder().path("exam-sessions/registrations")
                .path(Long.toString(registration.id())).build()).entity(registration).build();
    }

    @POST
    @Path("{id}/results")
    public Published publish(@PathParam("id") long id) {
        return new Published(sessions.publishResults(id));
    }

    /**
     * Registers a training institution's trainees: 201 with every registration and seat, or 422 with the problem of
     * each line and nobody registered.
     */
    @POST
    @Path("{id}/batch-registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerBatch(@PathParam("id") long id, @NotNull Batch batch) {
        BatchRegistration outcome = sessions.registerBatch(id, batch.trainees() == null ? List.of() : batch.trainees());
        if (outcome.clean()) {
            return Response.status(201).entity(outcome).type(MediaType.APPLICATION_JSON).build();
        }
        // refused whole: a problem (as every refusal of the API) that carries the report of every line
        jakarta.json.JsonObject report;
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create();
             jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(jsonb.toJson(outcome)))) {
            report = reader.readObject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        org.anquan.portal.language.Languages language = org.anquan.portal.language.Languages.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
        jakarta.json.JsonObject problem = jakarta.json.Json.createObjectBuilder(report)
                .add("type", org.anquan.portal.api.problem.ProblemTypes.BUSINESS_RULE)
                .add("title", org.anquan.portal.language.Texts.format(language, "institution.nothingRegistered",
                        outcome.problems().size()))
                .add("status", 422).build();
        return Response.status(422).entity(problem.toString())
                .type(org.anquan.portal.api.problem.Problem.MEDIA_TYPE).build();
    }

    /** The caller's training institution's registrations of the last year, newest first. */
    @GET
    @Path("/institution-registrations")
    public List<BatchRegistration.Entry> institutionRegistrations() {
        return sessions.institutionRegistrations();
    }

    @DELETE
    @Path("/institution-registrations/{id}")
    public Response cancelForInstitution(@PathParam("id") long id) {
        sessions.cancelForInstitution(id);
        return Response.noContent().build();
    }

    /** The caller's registrations, newest first. */
    @GET
    @Path("/registrations")
    public List<RegistrationView> mine() {
        return sessions.mine();
    }

    @DELETE
    @Path("/registrations/{id}")
    public Response cancel(@PathParam("id") long id) {
        sessions.cancel(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/registrations/{id}/ticket")
    @Produces("application/pdf")
    public Response ticket(@PathParam("id") long id) {
        Ticket ticket = sessions.ticket(id);
        return Response.ok(documents.ticket(ticket), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"ticket-" + ticket.ticketNumber() + ".pdf\"")
                .build();
    }
}
