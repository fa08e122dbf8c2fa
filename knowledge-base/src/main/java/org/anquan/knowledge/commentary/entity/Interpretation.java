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
import org.anquan.platform.error.AccessDeniedException;
import org.anquan.platform.error.BusinessException;

import java.time.Instant;
import java.util.Objects;

/**
 * An interpretation (解读) of a document or one of its articles: an expert writes and submits it, an editor
 * publishes it or sends it back with a note. Only its author edits it, and only while it is not under review or
 * published.
 */
@Entity
@Table(name = "kb_interpretation")
@NamedQuery(name = Interpretation.PUBLISHED_OF_DOCUMENT, query = """
        SELECT i FROM Interpretation i WHERE i.documentId = :document AND i.status = PUBLISHED
        ORDER BY i.articleNumber, i.publishedAt""")
@NamedQuery(name = Interpretation.BY_AUTHOR, query = "SELECT i FROM Interpretation i WHERE i.authorId = :author ORDER BY i.updatedAt DESC")
@NamedQuery(name = Interpretation.BY_STATUS, query = "SELECT i FROM Interpretation i WHERE i.status = :status ORDER BY i.updatedAt")
public class Interpretation {

    public static final String PUBLISHED_OF_DOCUMENT = "Interpretation.publishedOfDocument";
    public static final String BY_AUTHOR = "Interpretation.byAuthor";
    public static final String BY_STATUS = "Interpretation.byStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "article_number")
    private Integer articleNumber;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentaryStatus status;

    @Column(name = "review_note", length = 500)
    private String reviewNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private int revision;

    protected Interpretation() {
    }

    public Interpretation(long documentId, Integer articleNumber, String title, String bodyHtml, long authorId,
                          String authorName, Instant now) {
        this.documentId = documentId;
        this.articleNumber = articleNumber;
        this.title = Objects.requireNonNull(title);
        this.bodyHtml = Objects.requireNonNull(bodyHtml);
        this.authorId = authorId;
        this.authorName = authorName;
        this.status = CommentaryStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void edit(long editor, Integer articleNumber, String title, String bodyHtml, Instant now) {
        requireAuthor(editor);
        if (status == CommentaryStatus.SUBMITTED || status == CommentaryStatus.PUBLISHED) {
            throw new BusinessException("interpretation.locked");
        }
        this.articleNumber = articleNumber;
        this.title = title;
        this.bodyHtml = bodyHtml;
        this.status = CommentaryStatus.DRAFT;
        this.updatedAt = now;
    }

    public void submit(long editor, Instant now) {
        requireAuthor(editor);
        if (status != CommentaryStatus.DRAFT && status != CommentaryStatus.REJECTED) {
            throw new BusinessException("interpretation.notDraft");
        }
        status = CommentaryStatus.SUBMITTED;
        reviewNote = null;
        updatedAt = now;
    }

    public void publish(Instant now) {
        if (status != CommentaryStatus.SUBMITTED) {
            throw new BusinessException("interpretation.notSubmitted");
        }
        status = CommentaryStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    public void reject(String note, Instant now) {
        if (status != CommentaryStatus.SUBMITTED) {
            throw new BusinessException("interpretation.notSubmitted");
        }
        status = CommentaryStatus.REJECTED;
        reviewNote = note;
        updatedAt = now;
    }

    private void requireAuthor(long editor) {
        if (editor != authorId) {
            throw new AccessDeniedException("interpretation", String.valueOf(id));
        }
    }

    public Long id() { return id; }
    public long documentId() { return documentId; }
    public Integer articleNumber() { return articleNumber; }
    public String title() { return title; }
    public String bodyHtml() { return bodyHtml; }
    public long authorId() { return authorId; }
    public String authorName() { return authorName; }
    public CommentaryStatus status() { return status; }
    public String reviewNote() { return reviewNote; }
    public Instant updatedAt() { return updatedAt; }
    public Instant publishedAt() { return publishedAt; }
}
