package org.anquan.portal.questions;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.knowledge.commentary.boundary.QuestionView;
import org.anquan.knowledge.commentary.boundary.Questions;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.portal.language.Texts;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.util.List;

/** /questions/: recent published answers; /questions/view.xhtml?id=: one of them; /questions/mine.xhtml. */
@Named
@RequestScoped
public class QuestionsBacking {

    @EJB
    Questions questions;

    @Inject
    Texts texts;

    private Long id;
    private QuestionView question;

    public void loadOne() throws IOException {
        try {
            question = question != null ? question : questions.byId(id == null ? -1 : id);
        } catch (UnknownEntityException e) {
            Faces.responseSendError(404, null);
            Faces.responseComplete();
        }
    }

    public void helpful() {
        try {
            int count = questions.markHelpful(id);
            texts.info("questions_view.thanks", count);
            question = questions.byId(id);
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public List<QuestionView> getRecent() {
        return questions.recent(50);
    }

    public List<QuestionView> getMine() {
        return questions.mine();
    }

    /**
     * The question, read on first use: on a postback the page's forms are decoded before the view action runs, and
     * the helpful button must exist then (its id comes with the request).
     */
    public QuestionView getQuestion() {
        if (question == null) {
            Long key = id != null ? id : requestedId();
            if (key != null) {
                try {
                    question = questions.byId(key);
                } catch (UnknownEntityException e) {
                    return null;
                }
            }
        }
        return question;
    }

    private static Long requestedId() {
        String value = Faces.getRequestParameter("id");
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
