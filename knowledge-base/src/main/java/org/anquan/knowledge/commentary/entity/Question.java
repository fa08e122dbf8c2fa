package org.anquan.knowledge.commentary.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.anquan.platform.error.BusinessException;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's question (互动), optionally about an article: an expert answers it, an editor publishes the answer,
 * and readers can mark a published answer as helpful.
 */
@Entity
@Table(name = "kb_question")
@NamedQuery(name = Question.PUBLISHED_OF_DOCUMENT, query = """
        SELECT q FROM Question q WHERE q.documentId = :document AND q.status = PUBLISHED
        ORDER BY q.articleNumber, q.helpful DESC, q.publishedAt""")
@NamedQuery(name = Question.BY_ASKER, query = "SELECT q FROM Question q WHERE q.askerId = :asker ORDER BY q.createdAt DESC")
@NamedQuery(name = Question.BY_STATUS, query = "SELECT q FROM Question q WHERE q.status = :status ORDER BY q.createdAt")
@NamedQuery(name = Question.PUBLISHED, query = "SELECT q FROM Question q WHERE q.status = PUBLISHED ORDER BY q.publishedAt DESC")
@NamedQuery(name = Question.ASKED_SINCE, query = "SELECT COUNT(q) FROM Question q WHERE q.askerId = :asker AND q.createdAt >= :since")
public class Question {

    public static final String PUBLISHED_OF_DOCUMENT = "Question.publishedOfDocument";
    public static final String BY_ASKER = "Question.byAsker";
    public static final String BY_STATUS = "Question.byStatus";
    public static final String PUBLISHED = "Question.published";
    public static final String ASKED_SINCE = "Question.askedSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "article_number")
    private Integer articleNumber;

    @Column(name = "asker_id", nullable = false)
    private long askerId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionStatus status;

    @Column(name = "answer_html", columnDefinition = "MEDIUMTEXT")
    private String answerHtml;

    @Column(name = "answerer_id")
    private Long answererId;

    @Column(name = "answerer_name", length = 100)
    private String answererName;

    @Column(nullable = false)
    private int helpful;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private int revision;

    protected Question() {
    }

    public Question(Long documentId, Integer articleNumber, long askerId, String title, String body, Instant now) {
        this.documentId = documentId;
        this.articleNumber = articleNumber;
        this.askerId = askerId;
        this.title = Objects.requireNonNull(title);
        this.body = Objects.requireNonNull(body);
        this.status = QuestionStatus.OPEN;
        this.createdAt = now;
    }

    /** An expert's answer; it can be revised until it is published. */
    public void answer(long expert, String expertName, String html, Instant now) {
        if (status == QuestionStatus.PUBLISHED || status == QuestionStatus.REJECTED) {
            throw new BusinessException("question.closed");
        }
        this.answerHtml = html;
        this.answererId = expert;
        this.answererName = expertName;
        this.answeredAt = now;
        this.status = QuestionStatus.ANSWERED;
    }

    public void publish(Instant now) {
        if (status != QuestionStatus.ANSWERED) {
            throw new BusinessException("question.notAnswered");
        }
        status = QuestionStatus.PUBLISHED;
        publishedAt = now;
    }

    public void reject() {
        if (status == QuestionStatus.PUBLISHED) {
            throw new BusinessException("question.closed");
        }
        status = QuestionStatus.REJECTED;
    }

    public Long id() { return id; }
    public Long documentId() { return documentId; }
    public Integer articleNumber() { return articleNumber; }
    public long askerId() { return askerId; }
    public String title() { return title; }
    public String body() { return body; }
    public QuestionStatus status() { return status; }
    public String answerHtml() { return answerHtml; }
    public String answererName() { return answererName; }
    public int helpful() { return helpful; }
    public Instant createdAt() { return createdAt; }
    public Instant publishedAt() { return publishedAt; }
}
