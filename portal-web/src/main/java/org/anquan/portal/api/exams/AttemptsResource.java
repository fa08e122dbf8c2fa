package org.anquan.portal.api.exams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.anquan.exam.attempt.boundary.AnswerSaved;
import org.anquan.exam.attempt.boundary.AttemptResult;
import org.anquan.exam.attempt.boundary.AttemptStart;
import org.anquan.exam.attempt.boundary.AttemptState;
import org.anquan.exam.attempt.boundary.Attempts;
import org.anquan.exam.attempt.boundary.DeliveredQuestion;

import java.util.Set;

/**
 * Exam delivery for the candidate at their seat (the browser page uses the same boundary; load tests use this):
 * start or resume, the frame with the server's deadline, one question at a time, answers saved one by one,
 * submission, and the result once published. Every call but the first carries the terminal's lease in the
 * {@value #LEASE} header.
 */
@Path("attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttemptsResource {

    public static final String LEASE = "Anquan-Lease";

    @EJB
    Attempts attempts;

    /** Positions of the chosen options as shown (empty clears); the flag is left as it was when absent. */
    public record Answer(Set<Integer> chosen, Boolean flagged) {
    }

    @POST
    @Path("/registrations/{registration}")
    public AttemptStart start(@PathParam("registration") long registration,
                              @HeaderParam(LEASE) String lease) {
        return attempts.start(registration, lease);
    }

    @GET
    @Path("{id}")
    public AttemptState state(@PathParam("id") long id, @HeaderParam(LEASE) String lease) {
        return attempts.state(id, lease);
    }

    @GET
    @Path("{id}/questions/{number}")
    public DeliveredQuestion question(@PathParam("id") long id, @PathParam("number") int number,
                                      @HeaderParam(LEASE) String lease) {
        return attempts.question(id, lease, number);
    }

    @PUT
    @Path("{id}/questions/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AnswerSaved answer(@PathParam("id") long id, @PathParam("number") int number,
                              @HeaderParam(LEASE) String lease,
                              @NotNull @jakarta.validation.Valid Answer answer) {
        return attempts.answer(id, lease, number, answer.chosen(), answer.flagged());
    }

    @POST
    @Path("{id}/submission")
    public AttemptResult submit(@PathParam("id") long id, @HeaderParam(LEASE) String lease) {
        return attempts.submit(id, lease);
    }

    @GET
    @Path("{id}/result")
    public AttemptResult result(@PathParam("id") long id) {
        return attempts.result(id);
    }
}
