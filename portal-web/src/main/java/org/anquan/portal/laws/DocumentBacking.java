package org.anquan.portal.laws;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.knowledge.law.boundary.Laws;
import org.anquan.knowledge.law.boundary.Reading;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.portal.language.Texts;

import org.anquan.knowledge.commentary.boundary.InterpretationView;
import org.anquan.knowledge.commentary.boundary.Interpretations;
import org.anquan.knowledge.commentary.boundary.QuestionView;
import org.anquan.knowledge.commentary.boundary.Questions;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * /laws/{slug}/{version}: a document at one version with its table of contents, version timeline, the version in
 * force on a chosen day ({@code ?on=2010-01-01}) and a form to compare two versions.
 */
@Named
@RequestScoped
public class DocumentBacking {

    @EJB
    Laws laws;

    @EJB
    Interpretations interpretations;

    @EJB
    Questions questions;

    @Inject
    Texts texts;

    private Map<Integer, List<InterpretationView>> interpretationsByArticle = Map.of();
    private Map<Integer, List<QuestionView>> questionsByArticle = Map.of();
    private List<InterpretationView> documentInterpretations = List.of();

    private String slug;
    private String version;
    private String on;
    private Reading reading;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (on != null && !on.isBlank()) {
            try {
                LocalDate day = LocalDate.parse(on.strip());
                String label = laws.labelInForceOn(slug, day);
                if (!label.equals(version)) {
                    external.redirect(external.getRequestContextPath() + "/laws/" + slug + "/" + label + "?on=" + day);
                    return;
                }
            } catch (DateTimeParseException e) {
                texts.error(null, "laws_document.badDate");
                on = null;
            } catch (BusinessException e) {
                texts.error(null, e);
                on = null;
            }
        }
        try {
            reading = laws.read(slug, version);
            if (reading.hasText() && reading.version().current()) {
                // commentary is written against the version in force, so it is shown beside that version only
                List<InterpretationView> published = interpretations.published(slug);
                documentInterpretations = published.stream().filter(i -> i.articleNumber() == null).toList();
                interpretationsByArticle = published.stream().filter(i -> i.articleNumber() != null)
                        .collect(Collectors.groupingBy(InterpretationView::articleNumber));
                questionsByArticle = questions.published(slug).stream().filter(q -> q.articleNumber() != null)
                        .collect(Collectors.groupingBy(QuestionView::articleNumber));
            } else if (!reading.hasText()) {
                documentInterpretations = interpretations.published(slug);
            }
        } catch (UnknownEntityException e) {
            // an address that names no document or version: the not-found page with its status
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    /** The statute's headings and articles with their commentary, as one piece of markup (see {@link LawText}). */
    public String getLawTextHtml() {
        if (reading == null) {
            return "";
        }
        LawText.Labels labels = new LawText.Labels(texts.format("laws_document.commentaryOn"),
                texts.format("laws_document.interpretations"), texts.format("laws_document.questions"),
                texts.format("laws_document.ask"));
        return LawText.html(reading.nodes(), reading.version().current(), this::interpretationsOf, this::questionsOf,
                labels, FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
                reading.document().slug());
    }

    public List<InterpretationView> interpretationsOf(Integer article) {
        return article == null ? List.of() : interpretationsByArticle.getOrDefault(article, List.of());
    }

    public List<QuestionView> questionsOf(Integer article) {
        return article == null ? List.of() : questionsByArticle.getOrDefault(article, List.of());
    }

    public List<InterpretationView> getDocumentInterpretations() {
        return documentInterpretations;
    }

    public Reading getReading() {
        return reading;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }
}
