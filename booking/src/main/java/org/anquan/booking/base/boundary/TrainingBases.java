package org.anquan.booking.base.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anquan.booking.base.entity.TrainingBase;

import java.util.List;

/** Training, drill and experience bases open for booking. */
@Stateless
public class TrainingBases {

    @PersistenceContext(unitName = "booking")
    EntityManager entityManager;

    public List<TrainingBaseView> published() {
        return entityManager.createNamedQuery(TrainingBase.PUBLISHED, TrainingBase.class)
                .getResultStream().map(TrainingBaseView::of).toList();
    }
}
