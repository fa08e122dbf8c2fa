package org.anquan.portal.api.questions;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.anquan.knowledge.commentary.boundary.QuestionView;
import org.anquan.knowledge.commentary.boundary.Questions;

import java.util.List;

/**
 * Questions and answers: published ones for everyone; signed-in readers ask (within the hourly and daily limits)
 * and mark answers helpful. Answering and publishing happen on the expert's and editor's desks.
 */
@Path("questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuestionsResource {

    @EJB
    Questions questions;

    @Context
    UriInfo uri;

    /** A question; {@code document} (slug) and {@code article} are optional. */
    public record Ask(String document, Integer article, String title, String body) {
    }

    public record Helpful(int helpful) {
    }

    @GET
    public List<QuestionView> recent(@QueryParam("limit") @DefaultValue("20") int limit) {
        return questions.recent(limit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@NotNull Ask ask) {
        long id = questions.ask(ask.document(), ask.article(), ask.title(), ask.body());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(questions.byId(id)).build();
    }

    @GET
    @Path("{id}")
    public QuestionView one(@PathParam("id") long id) {
        return questions.byId(id);
    }

    @POST
    @Path("{id}/helpful")
    public Helpful helpful(@PathParam("id") long id) {
        return new Helpful(questions.markHelpful(id));
    }
}
