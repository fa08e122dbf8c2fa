package org.anquan.portal.api.exams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.anquan.exam.centre.boundary.ExamCentreView;
import org.anquan.exam.centre.boundary.ExamCentres;

import java.util.List;

/** Exam sites (考试点) open for registration. */
@Path("exam-centres")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExamCentresResource {

    @EJB
    ExamCentres centres;

    @GET
    public List<ExamCentreView> active() {
        return centres.active();
    }
}
