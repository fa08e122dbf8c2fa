package org.anquan.knowledge.commentary.boundary;

import org.anquan.knowledge.commentary.entity.CommentaryStatus;
import org.anquan.knowledge.commentary.entity.Interpretation;

import java.time.Instant;

/** An interpretation as shown: {@code bodyHtml} is sanitised HTML. */
public record InterpretationView(long id, String documentSlug, String documentTitle, Integer articleNumber,
                                 String title, String bodyHtml, String authorName, CommentaryStatus status,
                                 String reviewNote, Instant updatedAt, Instant publishedAt) {

    static InterpretationView of(Interpretation interpretation, String slug, String documentTitle) {
        return new InterpretationView(interpretation.id(), slug, documentTitle, interpretation.articleNumber(),
                interpretation.title(), interpretation.bodyHtml(), interpretation.authorName(),
                interpretation.status(), interpretation.reviewNote(), interpretation.updatedAt(),
                interpretation.publishedAt());
    }
}
