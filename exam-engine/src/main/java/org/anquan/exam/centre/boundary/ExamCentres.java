package org.anquan.exam.centre.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anquan.exam.centre.entity.ExamCentre;

import java.util.List;

/** The exam sites candidates can choose from. */
@Stateless
public class ExamCentres {

    @PersistenceContext(unitName = "exam")
    EntityManager entityManager;

    public List<ExamCentreView> active() {
        return entityManager.createNamedQuery(ExamCentre.ACTIVE_BY_CITY, ExamCentre.class)
                .getResultStream().map(ExamCentreView::of).toList();
    }
}
