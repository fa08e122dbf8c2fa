package org.anquan.knowledge.search.control;

import jakarta.persistence.EntityManager;
import org.anquan.knowledge.commentary.control.Commentary;
import org.anquan.knowledge.commentary.entity.CommentaryStatus;
import org.anquan.knowledge.commentary.entity.Interpretation;
import org.anquan.knowledge.commentary.entity.Question;
import org.anquan.knowledge.commentary.entity.QuestionStatus;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.law.entity.Version;
import org.anquan.knowledge.science.entity.ScienceArticle;

import java.util.ArrayList;
import java.util.List;

/**
 * Index entries of published interpretations, answered questions and science articles (null when the item is not,
 * or no longer, published), and the outbox rows that queue all of them for a new index.
 */
public final class CommentaryEntries {

    private CommentaryEntries() {
    }

    /** Every published commentary item, as outbox entries (entity, id). */
    @SuppressWarnings("unchecked")
    public static List<IndexOutbox.Entry> published(EntityManager entityManager) {
        List<IndexOutbox.Entry> entries = new ArrayList<>();
        ((List<Number>) entityManager.createNativeQuery("SELECT id FROM kb_interpretation WHERE status = 'PUBLISHED'")
                .getResultList()).forEach(id -> entries.add(new IndexOutbox.Entry(0, IndexOutbox.INTERPRETATION, id.longValue())));
        ((List<Number>) entityManager.createNativeQuery("SELECT id FROM kb_question WHERE status = 'PUBLISHED'")
                .getResultList()).forEach(id -> entries.add(new IndexOutbox.Entry(0, IndexOutbox.QUESTION, id.longValue())));
        ((List<Number>) entityManager.createNativeQuery("SELECT id FROM kb_science_article WHERE status = 'PUBLISHED'")
                .getResultList()).forEach(id -> entries.add(new IndexOutbox.Entry(0, IndexOutbox.SCIENCE, id.longValue())));
        return entries;
    }

    /** The entry of any commentary outbox entity, or null when it is not published. */
    public static IndexEntry of(EntityManager entityManager, String entity, long id, long readAt) {
        return switch (entity) {
            case IndexOutbox.INTERPRETATION -> interpretation(entityManager, id, readAt);
            case IndexOutbox.QUESTION -> question(entityManager, id, readAt);
            case IndexOutbox.SCIENCE -> science(entityManager, id, readAt);
            default -> null;
        };
    }

    public static IndexEntry interpretation(EntityManager entityManager, long id, long readAt) {
        Interpretation interpretation = entityManager.find(Interpretation.class, id);
        if (interpretation == null || interpretation.status() != CommentaryStatus.PUBLISHED) {
            return null;
        }
        Document document = entityManager.find(Document.class, interpretation.documentId());
        return EntryBuilder.commentary("INTERPRETATION", "interp-" + id, document, currentLabel(entityManager, document),
                interpretation.articleNumber(), interpretation.title(), Commentary.text(interpretation.bodyHtml()),
                readAt);
    }

    public static IndexEntry question(EntityManager entityManager, long id, long readAt) {
        Question question = entityManager.find(Question.class, id);
        if (question == null || question.status() != QuestionStatus.PUBLISHED) {
            return null;
        }
        Document document = question.documentId() == null ? null
                : entityManager.find(Document.class, question.documentId());
        return EntryBuilder.commentary("QUESTION", "q-" + id, document, currentLabel(entityManager, document),
                question.articleNumber(), question.title(),
                question.body() + " " + Commentary.text(question.answerHtml()), readAt);
    }

    public static IndexEntry science(EntityManager entityManager, long id, long readAt) {
        ScienceArticle article = entityManager.find(ScienceArticle.class, id);
        if (article == null || !article.isPublished()) {
            return null;
        }
        return EntryBuilder.science(article.slug(), article.title(), article.topic().name(),
                article.industry() == null ? null : article.industry().name(),
                article.summary() + " " + Commentary.text(article.bodyHtml()), readAt);
    }

    private static String currentLabel(EntityManager entityManager, Document document) {
        if (document == null || document.currentVersionId() == null) {
            return null;
        }
        Version version = entityManager.find(Version.class, document.currentVersionId());
        return version == null ? null : version.label();
    }
}
