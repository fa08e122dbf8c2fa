package org.anquan.portal.editor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.anquan.knowledge.commentary.boundary.InterpretationView;
import org.anquan.knowledge.commentary.boundary.Interpretations;
import org.anquan.knowledge.commentary.boundary.QuestionView;
import org.anquan.knowledge.commentary.boundary.Questions;
import org.anquan.knowledge.document.entity.Industry;
import org.anquan.knowledge.science.boundary.ScienceArticleView;
import org.anquan.knowledge.science.boundary.ScienceLibrary;
import org.anquan.knowledge.science.entity.ScienceTopic;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /editor/: the editor's desk: interpretations waiting for review (publish, or send back with a note), answered
 * questions to publish, and the science library (write, picture, publish).
 */
@Named
@ViewScoped
public class EditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Interpretations interpretations;

    @EJB
    transient Questions questions;

    @EJB
    transient ScienceLibrary science;

    @Inject
    Texts texts;

    private final Map<Long, String> notes = new HashMap<>();
    private String slug;
    private String title;
    private ScienceTopic topic;
    private Industry industry;
    private String summary;
    private String html;
    private String imageAlt;
    private transient Part image;

    public void publishInterpretation(long id) {
        act(() -> interpretations.publish(id), "editor.published");
    }

    public void rejectInterpretation(long id) {
        String note = notes.get(id);
        if (note == null || note.isBlank()) {
            texts.error(null, "editor.noteRequired");
            return;
        }
        act(() -> interpretations.reject(id, note), "editor.rejected");
    }

    public void publishQuestion(long id) {
        act(() -> questions.publish(id), "editor.published");
    }

    public void rejectQuestion(long id) {
        act(() -> questions.reject(id), "editor.rejected");
    }

    public void saveScience(boolean publish) {
        act(() -> {
            science.write(slug, title, topic, industry, summary, html);
            if (image != null && image.getSize() > 0) {
                try (InputStream in = image.getInputStream()) {
                    science.picture(slug, in.readNBytes(ScienceLibrary.MAX_IMAGE_BYTES + 1),
                            imageAlt == null || imageAlt.isBlank() ? title : imageAlt);
                } catch (IOException e) {
                    throw new BusinessException("editor.uploadFailed");
                }
            }
            if (publish) {
                science.publish(slug);
            }
        }, publish ? "editor.published" : "editor.saved");
    }

    public void editScience(ScienceArticleView article) {
        slug = article.slug();
        title = article.title();
        topic = article.topic();
        industry = article.industry();
        summary = article.summary();
        html = article.bodyHtml();
        imageAlt = article.imageAlt();
    }

    public void withdrawScience(String articleSlug) {
        act(() -> science.withdraw(articleSlug), "editor.withdrawn");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            texts.info(done);
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public List<InterpretationView> getWaiting() { return interpretations.waiting(); }
    public List<QuestionView> getAnswered() { return questions.answered(); }
    public List<ScienceArticleView> getScience() { return science.all(); }
    public ScienceTopic[] getTopics() { return ScienceTopic.values(); }
    public Industry[] getIndustries() { return Industry.values(); }
    public Map<Long, String> getNotes() { return notes; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public ScienceTopic getTopic() { return topic; }
    public void setTopic(ScienceTopic topic) { this.topic = topic; }
    public Industry getIndustry() { return industry; }
    public void setIndustry(Industry industry) { this.industry = industry; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getHtml() { return html; }
    public void setHtml(String html) { this.html = html; }
    public String getImageAlt() { return imageAlt; }
    public void setImageAlt(String imageAlt) { this.imageAlt = imageAlt; }
    public Part getImage() { return image; }
    public void setImage(Part image) { this.image = image; }
}
