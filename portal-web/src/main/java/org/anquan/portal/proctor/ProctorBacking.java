package org.anquan.portal.proctor;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.exam.session.boundary.ExamSessions;
import org.anquan.exam.session.boundary.SessionView;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.util.List;

/** /proctor/: the sessions of the centres the caller runs, with check-in, console and publication of results. */
@Named
@RequestScoped
public class ProctorBacking {

    @EJB
    ExamSessions sessions;

    @Inject
    Texts texts;

    private List<SessionView> staffed;

    public List<SessionView> getSessions() {
        if (staffed == null) {
            staffed = sessions.staffed();
        }
        return staffed;
    }

    public void publish(long sessionId) {
        try {
            int issued = sessions.publishResults(sessionId);
            texts.info("proctor_index.published", issued);
        } catch (BusinessException e) {
            texts.error(null, e);
        }
        staffed = null;
    }
}
