package org.anquan.portal.science;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.knowledge.science.boundary.ScienceArticleView;
import org.anquan.knowledge.science.boundary.ScienceLibrary;
import org.anquan.knowledge.science.entity.ScienceTopic;
import org.anquan.platform.error.UnknownEntityException;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.util.List;

/** /science/: the science library by topic; /science/article.xhtml?slug=: one article. */
@Named
@RequestScoped
public class ScienceBacking {

    @EJB
    ScienceLibrary library;

    private String topic;
    private String slug;
    private ScienceArticleView article;

    public void loadArticle() throws IOException {
        try {
            article = library.read(slug == null ? "" : slug);
        } catch (UnknownEntityException e) {
            Faces.responseSendError(404, null);
            Faces.responseComplete();
        }
    }

    public List<ScienceArticleView> getArticles() {
        ScienceTopic chosen = null;
        if (topic != null) {
            try {
                chosen = ScienceTopic.valueOf(topic);
            } catch (IllegalArgumentException e) {
                chosen = null; // an unknown topic shows everything
            }
        }
        return library.published(chosen, null);
    }

    public ScienceTopic[] getTopics() { return ScienceTopic.values(); }
    public ScienceArticleView getArticle() { return article; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
}
