package org.anquan.portal.api.science;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.anquan.knowledge.science.boundary.ScienceArticleView;
import org.anquan.knowledge.science.boundary.ScienceLibrary;
import org.anquan.knowledge.science.entity.ScienceTopic;
import org.anquan.platform.error.BusinessException;

import java.util.List;

/** The science library: published articles by topic, and one article by its slug. */
@Path("science")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScienceResource {

    @EJB
    ScienceLibrary library;

    @GET
    public List<ScienceArticleView> list(@QueryParam("topic") String topic) {
        ScienceTopic chosen = null;
        if (topic != null && !topic.isBlank()) {
            try {
                chosen = ScienceTopic.valueOf(topic);
            } catch (IllegalArgumentException e) {
                throw new BusinessException("science.unknownTopic", topic.length() > 40 ? topic.substring(0, 40) : topic);
            }
        }
        return library.published(chosen, null);
    }

    @GET
    @Path("{slug}")
    public ScienceArticleView one(@PathParam("slug") String slug) {
        return library.read(slug);
    }
}
