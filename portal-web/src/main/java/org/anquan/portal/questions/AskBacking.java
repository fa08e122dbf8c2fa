package org.anquan.portal.questions;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.knowledge.commentary.boundary.Questions;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;
import org.omnifaces.util.Faces;

import java.io.Serializable;

/** /questions/ask.xhtml: a signed-in reader asks a question, optionally about a document's article. */
@Named
@ViewScoped
public class AskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Questions questions;

    @Inject
    Texts texts;

    private String document;
    private Integer article;
    private String title;
    private String body;

    public String ask() {
        try {
            questions.ask(document, article, title, body);
        } catch (BusinessException e) {
            texts.error(null, e);
            return null;
        }
        Faces.getFlash().setKeepMessages(true);
        texts.info("questions_ask.sent");
        return "/questions/mine.xhtml?faces-redirect=true";
    }

    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
    public Integer getArticle() { return article; }
    public void setArticle(Integer article) { this.article = article; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
