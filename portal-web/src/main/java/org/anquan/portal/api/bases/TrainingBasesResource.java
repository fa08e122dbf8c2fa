package org.anquan.portal.api.bases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.anquan.booking.base.boundary.TrainingBaseView;
import org.anquan.booking.base.boundary.TrainingBases;

import java.util.List;

/** Training, drill and experience bases open for booking. */
@Path("training-bases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrainingBasesResource {

    @EJB
    TrainingBases bases;

    @GET
    public List<TrainingBaseView> published() {
        return bases.published();
    }
}
