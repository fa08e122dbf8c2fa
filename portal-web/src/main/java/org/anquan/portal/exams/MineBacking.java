package org.anquan.portal.exams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.exam.session.boundary.ExamSessions;
import org.anquan.exam.session.boundary.RegistrationView;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.util.List;

/** /exams/mine.xhtml: the candidate's registrations with their tickets, the way into the exam, and results. */
@Named
@RequestScoped
public class MineBacking {

    @EJB
    ExamSessions sessions;

    @Inject
    Texts texts;

    private List<RegistrationView> registrations;

    public List<RegistrationView> getRegistrations() {
        if (registrations == null) {
            registrations = sessions.mine();
        }
        return registrations;
    }

    public void cancel(long registrationId) {
        try {
            sessions.cancel(registrationId);
            texts.info("exams_mine.cancelled");
        } catch (BusinessException e) {
            texts.error(null, e);
        }
        registrations = null;
    }
}
