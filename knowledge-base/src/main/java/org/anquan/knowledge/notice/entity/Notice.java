package org.anquan.knowledge.notice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A notice (通知公告) written by an editor: shown to everyone from the moment it publishes until it retires (if it
 * ever does). Pinned notices come first.
 */
@Entity
@Table(name = "kb_notice")
@NamedQuery(name = Notice.SHOWN, query = """
        SELECT n FROM Notice n WHERE n.publishesAt <= :now AND (n.retiresAt IS NULL OR n.retiresAt > :now)
        ORDER BY n.pinned DESC, n.publishesAt DESC, n.id DESC""")
@NamedQuery(name = Notice.COUNT_SHOWN, query = """
        SELECT COUNT(n) FROM Notice n WHERE n.publishesAt <= :now AND (n.retiresAt IS NULL OR n.retiresAt > :now)""")
@NamedQuery(name = Notice.ALL, query = "SELECT n FROM Notice n ORDER BY n.publishesAt DESC, n.id DESC")
public class Notice {

    public static final String SHOWN = "Notice.shown";
    public static final String COUNT_SHOWN = "Notice.countShown";
    public static final String ALL = "Notice.all";
    public static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "publishes_at", nullable = false)
    private Instant publishesAt;

    @Column(name = "retires_at")
    private Instant retiresAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int revision;

    protected Notice() {
    }

    public Notice(long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    /** Sets text and window; a notice retires after it publishes, and its text is plain (paragraphs by blank lines). */
    public void write(String title, String body, boolean pinned, Instant publishesAt, Instant retiresAt, Instant now) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 200) {
            throw new BusinessException("notice.titleRequired");
        }
        String cleanBody = body == null ? "" : body.strip();
        if (cleanBody.isEmpty() || cleanBody.length() > MAX_BODY) {
            throw new BusinessException("notice.bodyRequired", MAX_BODY);
        }
        if (publishesAt == null) {
            throw new BusinessException("notice.publishesAtRequired");
        }
        if (retiresAt != null && !retiresAt.isAfter(publishesAt)) {
            throw new BusinessException("notice.retiresBeforePublishing");
        }
        this.title = cleanTitle;
        this.body = cleanBody;
        this.pinned = pinned;
        this.publishesAt = publishesAt;
        this.retiresAt = retiresAt;
        this.updatedAt = now;
    }

    /** Takes the notice down now (it stays in the editors' list). */
    public void retire(Instant now) {
        if (retiresAt != null && !retiresAt.isAfter(now)) {
            throw new BusinessException("notice.alreadyRetired");
        }
        retiresAt = now.isAfter(publishesAt) ? now : publishesAt.plusNanos(1000);
        updatedAt = now;
    }

    public boolean shownAt(Instant now) {
        return !publishesAt.isAfter(now) && (retiresAt == null || retiresAt.isAfter(now));
    }

    public Long id() { return id; }
    public String title() { return title; }
    public String body() { return body; }
    public boolean pinned() { return pinned; }
    public Instant publishesAt() { return publishesAt; }
    public Instant retiresAt() { return retiresAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
