package org.anquan.portal.bases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.booking.base.boundary.TrainingBaseView;
import org.anquan.booking.base.boundary.TrainingBases;

import java.util.List;

/** /bases/: training, drill and experience bases. */
@Named
@RequestScoped
public class BasesBacking {

    @EJB
    TrainingBases bases;

    private List<TrainingBaseView> published;

    public List<TrainingBaseView> getBases() {
        if (published == null) {
            published = bases.published();
        }
        return published;
    }
}
