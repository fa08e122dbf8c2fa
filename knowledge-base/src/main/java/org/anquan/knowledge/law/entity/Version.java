package org.anquan.knowledge.law.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One version of a document's text (a 修正 or 修订 gives a new one), with its headings and articles in reading
 * order. The label is the version's date (2021-06-10) or "undated"; it appears in the version's URL.
 */
@Entity
@Table(name = "kb_version")
@NamedQuery(name = Version.OF_DOCUMENT,
        query = "SELECT v FROM Version v WHERE v.documentId = :document ORDER BY v.versionDate, v.id")
@NamedQuery(name = Version.BY_LABEL,
        query = "SELECT v FROM Version v WHERE v.documentId = :document AND v.label = :label")
public class Version {

    public static final String OF_DOCUMENT = "Version.ofDocument";
    public static final String BY_LABEL = "Version.byLabel";
    public static final String UNDATED = "undated";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(nullable = false, length = 10)
    private String label;

    @Column(name = "version_date")
    private LocalDate versionDate;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String history;

    @Column(name = "source_path", length = 500)
    private String sourcePath;

    @Column(name = "content_hash", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String contentHash;

    @Column(name = "article_count", nullable = false)
    private int articleCount;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @jakarta.persistence.JoinColumn(name = "version_id", nullable = false)
    @OrderBy("position")
    private List<VersionNode> nodes = new ArrayList<>();

    protected Version() {
    }

    public Version(long documentId, LocalDate versionDate) {
        this.documentId = documentId;
        this.versionDate = versionDate;
        this.label = labelOf(versionDate);
    }

    public static String labelOf(LocalDate versionDate) {
        return versionDate == null ? UNDATED : versionDate.toString();
    }

    /** Replaces the text of this version. */
    public void fill(String title, String history, String sourcePath, LocalDate effectiveOn, String contentHash,
                     List<VersionNode> newNodes, Instant now) {
        this.title = Objects.requireNonNull(title);
        this.history = history;
        this.sourcePath = sourcePath;
        this.effectiveOn = effectiveOn;
        this.contentHash = Objects.requireNonNull(contentHash);
        this.nodes.clear();
        this.nodes.addAll(newNodes);
        this.articleCount = (int) newNodes.stream().filter(VersionNode::isArticle).count();
        this.importedAt = now;
    }

    /** The day from which this text applies: its effective date, else its own date. */
    public LocalDate appliesFrom() {
        return effectiveOn != null ? effectiveOn : versionDate;
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public String label() {
        return label;
    }

    public LocalDate versionDate() {
        return versionDate;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public String title() {
        return title;
    }

    public String history() {
        return history;
    }

    public String sourcePath() {
        return sourcePath;
    }

    public String contentHash() {
        return contentHash;
    }

    public int articleCount() {
        return articleCount;
    }

    public List<VersionNode> nodes() {
        return nodes;
    }
}
