package org.anquan.portal.proctor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.exam.session.boundary.PracticalSheet;
import org.anquan.exam.session.boundary.Proctoring;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** /proctor/practical.xhtml?session=: the practical part's scores (实操成绩) of a session's candidates. */
@Named
@ViewScoped
public class PracticalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Proctoring proctoring;

    @Inject
    Texts texts;

    private long session;
    /** Scores as typed (EL stores strings in a map), checked when saved. */
    private final Map<Long, String> scores = new HashMap<>();
    private transient PracticalSheet sheet;

    public PracticalSheet getSheet() {
        if (sheet == null) {
            sheet = proctoring.practicalSheet(session);
            sheet.rows().forEach(row -> scores.putIfAbsent(row.registrationId(),
                    row.score() == null ? null : row.score().toString()));
        }
        return sheet;
    }

    public void save(long registrationId) {
        int score;
        try {
            score = Integer.parseInt(String.valueOf(scores.get(registrationId)).strip());
        } catch (NumberFormatException e) {
            texts.error(null, "practical.badScore");
            return;
        }
        try {
            proctoring.recordPractical(registrationId, score);
            texts.info("proctor_practical.saved", score);
        } catch (BusinessException e) {
            texts.error(null, e);
        } catch (jakarta.validation.ConstraintViolationException e) {
            texts.error(null, "practical.badScore");
        } catch (jakarta.ejb.EJBException e) {
            if (!(e.getCause() instanceof jakarta.validation.ConstraintViolationException)) {
                throw e;
            }
            texts.error(null, "practical.badScore");
        }
        sheet = null;
    }

    public Map<Long, String> getScores() { return scores; }
    public long getSession() { return session; }
    public void setSession(long session) { this.session = session; }
}
