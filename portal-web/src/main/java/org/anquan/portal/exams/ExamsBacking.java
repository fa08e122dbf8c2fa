package org.anquan.portal.exams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.exam.centre.boundary.ExamCentreView;
import org.anquan.exam.centre.boundary.ExamCentres;
import org.anquan.exam.session.boundary.ExamSessions;
import org.anquan.exam.session.boundary.SessionView;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;
import org.omnifaces.util.Faces;

import java.util.List;

/** /exams/: the coming sessions (register with one click) and the exam sites. */
@Named
@RequestScoped
public class ExamsBacking {

    @EJB
    ExamCentres centres;

    @EJB
    ExamSessions sessions;

    @Inject
    Texts texts;

    private List<ExamCentreView> active;
    private List<SessionView> upcoming;

    public List<ExamCentreView> getCentres() {
        if (active == null) {
            active = centres.active();
        }
        return active;
    }

    public List<SessionView> getSessions() {
        if (upcoming == null) {
            upcoming = sessions.upcoming();
        }
        return upcoming;
    }

    public String register(long sessionId) {
        try {
            sessions.register(sessionId);
        } catch (BusinessException e) {
            texts.error(null, e);
            return null;
        }
        Faces.getFlash().setKeepMessages(true);
        texts.info("exams_index.registered");
        return "/exams/mine.xhtml?faces-redirect=true";
    }
}
