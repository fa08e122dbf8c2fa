package org.anquan.portal.api.practice;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.anquan.exam.practice.boundary.Practice;
import org.anquan.exam.practice.boundary.PracticeFeedback;
import org.anquan.exam.practice.boundary.PracticePaper;
import org.anquan.exam.practice.boundary.PracticeSubject;

import java.util.List;
import java.util.Set;

/**
 * Practice for anyone, no sign-in needed: the subjects with a practice pool, a paper of 5–20 questions without their
 * answers, and the check of one answer with the correct options, the explanation and the legal basis. Exam questions
 * are unknown here (404).
 */
@Path("practice")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PracticeResource {

    @EJB
    Practice practice;

    /**
     * An answer to a practice question: indexes of the item's own options (empty: no answer). No size constraint
     * here: Payara's OpenAPI generator fails on parameter-level ones; the boundary validates.
     */
    public record PracticeAnswer(@NotNull Long versionId, Set<Integer> chosen) {
    }

    @GET
    @Path("subjects")
    public List<PracticeSubject> subjects() {
        return practice.subjects();
    }

    @GET
    @Path("subjects/{id}/paper")
    public PracticePaper paper(@PathParam("id") long id, @QueryParam("count") @DefaultValue("10") int count) {
        return practice.paper(id, count);
    }

    @POST
    @Path("answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public PracticeFeedback check(@NotNull @Valid PracticeAnswer answer) {
        return practice.check(answer.versionId(), answer.chosen());
    }
}
