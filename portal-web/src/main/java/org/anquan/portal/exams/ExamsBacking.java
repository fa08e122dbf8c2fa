package org.anquan.portal.exams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.exam.centre.boundary.ExamCentreView;
import org.anquan.exam.centre.boundary.ExamCentres;

import java.util.List;

/** /exams/: the exam sites. */
@Named
@RequestScoped
public class ExamsBacking {

    @EJB
    ExamCentres centres;

    private List<ExamCentreView> active;

    public List<ExamCentreView> getCentres() {
        if (active == null) {
            active = centres.active();
        }
        return active;
    }
}
