package org.anquan.knowledge.science.boundary;

import org.anquan.knowledge.document.entity.Industry;
import org.anquan.knowledge.science.entity.ScienceArticle;
import org.anquan.knowledge.science.entity.ScienceTopic;

import java.time.Instant;

/** A science article as shown; {@code bodyHtml} is sanitised HTML. */
public record ScienceArticleView(long id, String slug, String title, ScienceTopic topic, Industry industry,
                                 String summary, String bodyHtml, boolean hasImage, String imageAlt,
                                 boolean published, Instant publishedAt, Instant updatedAt) {

    static ScienceArticleView of(ScienceArticle article) {
        return new ScienceArticleView(article.id(), article.slug(), article.title(), article.topic(),
                article.industry(), article.summary(), article.bodyHtml(), article.hasImage(), article.imageAlt(),
                article.isPublished(), article.publishedAt(), article.updatedAt());
    }
}
