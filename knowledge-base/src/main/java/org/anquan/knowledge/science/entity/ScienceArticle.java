package org.anquan.knowledge.science.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.anquan.knowledge.document.entity.Industry;

import java.time.Instant;
import java.util.Objects;

/** A science article or short guide (科普): by topic and industry, with an optional image; drafts until published. */
@Entity
@Table(name = "kb_science_article")
@NamedQuery(name = ScienceArticle.PUBLISHED, query = """
        SELECT a FROM ScienceArticle a WHERE a.status = 'PUBLISHED'
        AND (:topic IS NULL OR a.topic = :topic) AND (:industry IS NULL OR a.industry = :industry)
        ORDER BY a.publishedAt DESC""")
@NamedQuery(name = ScienceArticle.ALL, query = "SELECT a FROM ScienceArticle a ORDER BY a.updatedAt DESC")
@NamedQuery(name = ScienceArticle.BY_SLUG, query = "SELECT a FROM ScienceArticle a WHERE a.slug = :slug")
public class ScienceArticle {

    public static final String PUBLISHED = "ScienceArticle.published";
    public static final String ALL = "ScienceArticle.all";
    public static final String BY_SLUG = "ScienceArticle.bySlug";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ScienceTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Industry industry;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "MEDIUMBLOB")
    private byte[] image;

    @Column(name = "image_type", length = 40)
    private String imageType;

    @Column(name = "image_alt", length = 200)
    private String imageAlt;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private int revision;

    protected ScienceArticle() {
    }

    public ScienceArticle(String slug, long authorId, Instant now) {
        this.slug = Objects.requireNonNull(slug);
        this.authorId = authorId;
        this.status = "DRAFT";
        this.createdAt = now;
    }

    public void write(String title, ScienceTopic topic, Industry industry, String summary, String bodyHtml,
                      Instant now) {
        this.title = title;
        this.topic = topic;
        this.industry = industry;
        this.summary = summary;
        this.bodyHtml = bodyHtml;
        this.updatedAt = now;
    }

    public void picture(byte[] image, String type, String alt, Instant now) {
        this.image = image;
        this.imageType = type;
        this.imageAlt = alt;
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        status = "PUBLISHED";
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        status = "DRAFT";
        updatedAt = now;
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }

    public Long id() { return id; }
    public String slug() { return slug; }
    public String title() { return title; }
    public ScienceTopic topic() { return topic; }
    public Industry industry() { return industry; }
    public String summary() { return summary; }
    public String bodyHtml() { return bodyHtml; }
    public byte[] image() { return image; }
    public String imageType() { return imageType; }
    public String imageAlt() { return imageAlt; }
    public boolean hasImage() { return imageType != null; }
    public Instant publishedAt() { return publishedAt; }
    public Instant updatedAt() { return updatedAt; }
}
