package org.anquan.knowledge.commentary.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.anquan.knowledge.commentary.control.Commentary;
import org.anquan.knowledge.commentary.entity.Question;
import org.anquan.knowledge.commentary.entity.QuestionStatus;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.search.control.IndexOutbox;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Questions and answers (互动): a signed-in reader asks, optionally about an article; an expert answers; an editor
 * publishes the answer, which then appears beside its article and in the search; readers mark answers helpful, once
 * each. Asking is limited per reader and hour and day (counted in the database, so every instance agrees).
 */
@Stateless
public class Questions {

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    @EJB
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "anquan.questions.per-hour", defaultValue = "5")
    int perHour;

    @Inject
    @ConfigProperty(name = "anquan.questions.per-day", defaultValue = "20")
    int perDay;

    @RolesAllowed("CITIZEN")
    public long ask(@Size(max = 120) String slug, @Min(1) Integer article, @NotBlank @Size(max = 200) String title,
                    @NotBlank @Size(max = 5000) String body) {
        AccountView me = me();
        Instant now = clock.instant();
        if (askedSince(me.id(), now.minus(Duration.ofHours(1))) >= perHour
                || askedSince(me.id(), now.minus(Duration.ofDays(1))) >= perDay) {
            throw new BusinessException("question.tooMany", perHour, perDay);
        }
        Long documentId = null;
        if (slug != null && !slug.isBlank()) {
            Document document = Commentary.document(entityManager, slug);
            Commentary.requireArticle(entityManager, document, article);
            documentId = document.id();
        } else if (article != null) {
            throw new BusinessException("question.articleWithoutDocument");
        }
        Question question = new Question(documentId, documentId == null ? null : article, me.id(), title.strip(),
                body.strip(), now);
        entityManager.persist(question);
        entityManager.flush();
        return question.id();
    }

    private long askedSince(long asker, Instant since) {
        return entityManager.createNamedQuery(Question.ASKED_SINCE, Long.class).setParameter("asker", asker)
                .setParameter("since", since).getSingleResult();
    }

    @RolesAllowed("CITIZEN")
    public List<QuestionView> mine() {
        return views(entityManager.createNamedQuery(Question.BY_ASKER, Question.class)
                .setParameter("asker", me().id()).setMaxResults(200).getResultList());
    }

    /** Questions waiting for an expert: open ones, and answered ones not yet published (to revise). */
    @RolesAllowed("EXPERT")
    public List<QuestionView> open() {
        List<Question> open = entityManager.createNamedQuery(Question.BY_STATUS, Question.class)
                .setParameter("status", QuestionStatus.OPEN).setMaxResults(200).getResultList();
        return views(open);
    }

    @RolesAllowed("EXPERT")
    public void answer(long id, @NotBlank @Size(max = Interpretations.MAX_HTML) String html) {
        AccountView me = me();
        find(id).answer(me.id(), me.displayName(), Commentary.html(html), clock.instant());
    }

    @RolesAllowed("EDITOR")
    public List<QuestionView> answered() {
        return views(entityManager.createNamedQuery(Question.BY_STATUS, Question.class)
                .setParameter("status", QuestionStatus.ANSWERED).setMaxResults(200).getResultList());
    }

    @RolesAllowed("EDITOR")
    public void publish(long id) {
        find(id).publish(clock.instant());
        IndexOutbox.queue(entityManager, IndexOutbox.QUESTION, id, clock.instant());
        Commentary.audit(auditTrail, clock.instant(), me(), "question.publish", "question", id, null);
    }

    @RolesAllowed("EDITOR")
    public void reject(long id) {
        find(id).reject();
        Commentary.audit(auditTrail, clock.instant(), me(), "question.reject", "question", id, null);
    }

    /** Marks a published answer helpful for the caller; a second mark by the same reader changes nothing. */
    @RolesAllowed("CITIZEN")
    public int markHelpful(long id) {
        Question question = find(id);
        if (question.status() != QuestionStatus.PUBLISHED) {
            throw new UnknownEntityException("question", id);
        }
        int added = entityManager.createNativeQuery("""
                        INSERT IGNORE INTO kb_question_helpful (question_id, account_id, marked_at) VALUES (?, ?, ?)""")
                .setParameter(1, id).setParameter(2, me().id()).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (added > 0) {
            entityManager.createNativeQuery("UPDATE kb_question SET helpful = helpful + 1 WHERE id = ?")
                    .setParameter(1, id).executeUpdate();
        }
        return ((Number) entityManager.createNativeQuery("SELECT helpful FROM kb_question WHERE id = ?")
                .setParameter(1, id).getSingleResult()).intValue();
    }

    @PermitAll
    public List<QuestionView> published(@NotBlank @Size(max = 120) String slug) {
        Document document = Commentary.document(entityManager, slug);
        return entityManager.createNamedQuery(Question.PUBLISHED_OF_DOCUMENT, Question.class)
                .setParameter("document", document.id()).getResultStream()
                .map(q -> QuestionView.of(q, document.slug(), document.title())).toList();
    }

    @PermitAll
    public List<QuestionView> recent(@Min(1) @Max(100) int limit) {
        return views(entityManager.createNamedQuery(Question.PUBLISHED, Question.class).setMaxResults(limit)
                .getResultList());
    }

    /** One question: published ones for everyone; others for the asker, experts and editors. */
    @PermitAll
    public QuestionView byId(long id) {
        Question question = find(id);
        if (question.status() != QuestionStatus.PUBLISHED && !caller.isCallerInRole("EXPERT")
                && !caller.isCallerInRole("EDITOR")
                && !(caller.isCallerInRole("CITIZEN") && question.askerId() == me().id())) {
            throw new UnknownEntityException("question", id);
        }
        return views(List.of(question)).get(0);
    }

    private List<QuestionView> views(List<Question> questions) {
        Map<Long, Document> documents = Commentary.documents(entityManager, questions.stream()
                .map(Question::documentId).filter(id -> id != null).distinct().toList());
        return questions.stream().map(q -> {
            Document document = q.documentId() == null ? null : documents.get(q.documentId());
            return QuestionView.of(q, document == null ? null : document.slug(),
                    document == null ? null : document.title());
        }).toList();
    }

    private Question find(long id) {
        Question question = entityManager.find(Question.class, id);
        if (question == null) {
            throw new UnknownEntityException("question", id);
        }
        return question;
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
