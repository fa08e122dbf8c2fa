package org.anquan.portal.expert;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.knowledge.commentary.boundary.InterpretationView;
import org.anquan.knowledge.commentary.boundary.Interpretations;
import org.anquan.knowledge.commentary.boundary.QuestionView;
import org.anquan.knowledge.commentary.boundary.Questions;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /expert/: the expert's desk: open questions to answer, and interpretations to write, revise and submit for
 * review. Rich text from the editor goes through the sanitiser in the boundaries.
 */
@Named
@ViewScoped
public class ExpertBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Questions questions;

    @EJB
    transient Interpretations interpretations;

    @Inject
    Texts texts;

    private final Map<Long, String> answers = new HashMap<>();
    private Long editing;
    private String document;
    private Integer article;
    private String title;
    private String html;

    public void answer(long id) {
        String answer = answers.get(id);
        if (answer == null || answer.isBlank()) {
            texts.error(null, "expert.answerRequired");
            return;
        }
        try {
            questions.answer(id, answers.get(id));
            answers.remove(id);
            texts.info("expert.answered");
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public void save(boolean submit) {
        try {
            long id;
            if (editing == null) {
                id = interpretations.write(document, article, title, html);
            } else {
                id = editing;
                interpretations.edit(id, article, title, html);
            }
            if (submit) {
                interpretations.submit(id);
                texts.info("expert.submitted");
                clear();
            } else {
                editing = id;
                texts.info("expert.saved");
            }
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public void edit(InterpretationView interpretation) {
        editing = interpretation.id();
        document = interpretation.documentSlug();
        article = interpretation.articleNumber();
        title = interpretation.title();
        html = interpretation.bodyHtml();
    }

    public void submit(long id) {
        try {
            interpretations.submit(id);
            texts.info("expert.submitted");
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public void clear() {
        editing = null;
        document = null;
        article = null;
        title = null;
        html = null;
    }

    public List<QuestionView> getOpen() {
        return questions.open();
    }

    public List<InterpretationView> getMine() {
        return interpretations.mine();
    }

    public Map<Long, String> getAnswers() { return answers; }
    public Long getEditing() { return editing; }
    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
    public Integer getArticle() { return article; }
    public void setArticle(Integer article) { this.article = article; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getHtml() { return html; }
    public void setHtml(String html) { this.html = html; }
}
