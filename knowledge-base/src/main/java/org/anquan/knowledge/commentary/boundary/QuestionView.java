package org.anquan.knowledge.commentary.boundary;

import org.anquan.knowledge.commentary.entity.Question;
import org.anquan.knowledge.commentary.entity.QuestionStatus;

import java.time.Instant;

/** A question and, once there is one, its answer ({@code answerHtml}, sanitised HTML). */
public record QuestionView(long id, String documentSlug, String documentTitle, Integer articleNumber, String title,
                           String body, QuestionStatus status, String answerHtml, String answererName, int helpful,
                           Instant createdAt, Instant publishedAt) {

    static QuestionView of(Question question, String slug, String documentTitle) {
        return new QuestionView(question.id(), slug, documentTitle, question.articleNumber(), question.title(),
                question.body(), question.status(), question.answerHtml(), question.answererName(),
                question.helpful(), question.createdAt(), question.publishedAt());
    }
}
