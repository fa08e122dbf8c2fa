package org.anquan.knowledge.document.entity;

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

import java.time.LocalDate;
import java.util.Objects;

/** A law, regulation, standard or normative document (the versions and articles come with the importer). */
@Entity
@Table(name = "kb_document")
@NamedQuery(name = Document.ALL_BY_RANK,
        query = "SELECT d FROM Document d ORDER BY d.kindRank, d.publishedOn DESC, d.id")
@NamedQuery(name = Document.BY_SLUG, query = "SELECT d FROM Document d WHERE d.slug = :slug")
@NamedQuery(name = Document.BY_IDS, query = "SELECT d FROM Document d WHERE d.id IN :ids")
@NamedQuery(name = Document.COUNT, query = "SELECT COUNT(d) FROM Document d")
@NamedQuery(name = Document.BY_EFFECTIVE, query = "SELECT d FROM Document d WHERE d.effectiveOn IS NOT NULL "
        + "AND d.effectiveOn <= :until ORDER BY d.effectiveOn DESC, d.id DESC")
@NamedQuery(name = Document.OF_KIND, query = "SELECT d FROM Document d WHERE d.kind = :kind ORDER BY d.publishedOn DESC, d.id")
@NamedQuery(name = Document.COUNT_OF_KIND, query = "SELECT COUNT(d) FROM Document d WHERE d.kind = :kind")
@NamedQuery(name = Document.BY_SOURCE_KEY, query = "SELECT d FROM Document d WHERE d.sourceKey = :key")
public class Document {

    public static final String ALL_BY_RANK = "Document.allByRank";
    public static final String BY_SLUG = "Document.bySlug";
    public static final String BY_IDS = "Document.byIds";
    public static final String BY_EFFECTIVE = "Document.byEffective";
    public static final String COUNT = "Document.count";
    public static final String OF_KIND = "Document.ofKind";
    public static final String COUNT_OF_KIND = "Document.countOfKind";
    public static final String BY_SOURCE_KEY = "Document.bySourceKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "short_title", length = 120)
    private String shortTitle;

    @Column(name = "doc_number", length = 120)
    private String docNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DocumentKind kind;

    @Column(name = "kind_rank", nullable = false)
    private int kindRank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DocumentStatus status;

    @Column(name = "issuing_body", length = 200)
    private String issuingBody;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(columnDefinition = "TEXT")
    private String summary;

    /** Identity for imports: the full title, the same for every version of the act. */
    @Column(name = "source_key", unique = true, length = 300)
    private String sourceKey;

    /** Short names, abbreviations and common names, separated by '|'. */
    @Column(length = 1000)
    private String names;

    /** Province-level region of a local text (北京, 广东 …); null for national texts. */
    @Column(length = 60)
    private String region;

    /** The city or province that issued a local text (深圳, 烟台, 浙江 …). */
    @Column(length = 60)
    private String locality;

    /** The version in force (as of the last import or daily check); null for catalogue-only entries. */
    @Column(name = "current_version_id")
    private Long currentVersionId;

    /** Industry codes separated by '|'. */
    @Column(length = 300)
    private String industries;

    @Version
    private int revision;

    protected Document() {
    }

    public Document(String slug, String title, DocumentKind kind, DocumentStatus status) {
        this.slug = Objects.requireNonNull(slug);
        this.title = Objects.requireNonNull(title);
        this.kind = Objects.requireNonNull(kind);
        this.kindRank = kind.rank();
        this.status = Objects.requireNonNull(status);
    }

    /** In force on the given day: published as in force and already effective. */
    public boolean inForceOn(LocalDate day) {
        return status == DocumentStatus.IN_FORCE && (effectiveOn == null || !effectiveOn.isAfter(day));
    }

    public Document describe(String shortTitle, String docNumber, String issuingBody, String summary) {
        this.shortTitle = shortTitle;
        this.docNumber = docNumber;
        this.issuingBody = issuingBody;
        this.summary = summary;
        return this;
    }

    public Document dated(LocalDate publishedOn, LocalDate effectiveOn) {
        if (publishedOn != null && effectiveOn != null && effectiveOn.isBefore(publishedOn)) {
            throw new IllegalArgumentException("A document cannot take effect before it is published");
        }
        this.publishedOn = publishedOn;
        this.effectiveOn = effectiveOn;
        return this;
    }

    /** Updates what an import knows about the document; true when anything changed. */
    public boolean catalogue(String title, String shortTitle, String names, DocumentKind kind, DocumentStatus status,
                             String issuingBody, String region, String locality, String industries,
                             LocalDate publishedOn, LocalDate effectiveOn) {
        boolean changed = !Objects.equals(this.title, title) || !Objects.equals(this.shortTitle, shortTitle)
                || !Objects.equals(this.names, names) || this.kind != kind || this.status != status
                || !Objects.equals(this.issuingBody, issuingBody) || !Objects.equals(this.region, region)
                || !Objects.equals(this.locality, locality) || !Objects.equals(this.industries, industries)
                || !Objects.equals(this.publishedOn, publishedOn) || !Objects.equals(this.effectiveOn, effectiveOn);
        this.title = title;
        this.shortTitle = shortTitle;
        this.names = names;
        this.kind = kind;
        this.kindRank = kind.rank();
        this.status = status;
        this.issuingBody = issuingBody;
        this.region = region;
        this.locality = locality;
        this.industries = industries;
        this.publishedOn = publishedOn;
        this.effectiveOn = effectiveOn != null && publishedOn != null && effectiveOn.isBefore(publishedOn)
                ? publishedOn : effectiveOn;
        return changed;
    }

    public Document importedAs(String sourceKey) {
        this.sourceKey = sourceKey;
        return this;
    }

    /** Marks which version is in force; true when that changed. */
    public boolean showVersion(Long versionId) {
        boolean changed = !Objects.equals(currentVersionId, versionId);
        currentVersionId = versionId;
        return changed;
    }

    /** The day has come: the version now in force is shown and the document is 现行有效. */
    public void takesEffect(LocalDate publishedOn, LocalDate effectiveOn) {
        this.status = DocumentStatus.IN_FORCE;
        dated(publishedOn, effectiveOn);
    }

    public Long currentVersionId() {
        return currentVersionId;
    }

    public String sourceKey() {
        return sourceKey;
    }

    public String names() {
        return names;
    }

    public String region() {
        return region;
    }

    public String locality() {
        return locality;
    }

    public String industries() {
        return industries;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String shortTitle() {
        return shortTitle;
    }

    public String docNumber() {
        return docNumber;
    }

    public int kindRank() {
        return kindRank;
    }

    public DocumentKind kind() {
        return kind;
    }

    public DocumentStatus status() {
        return status;
    }

    public String issuingBody() {
        return issuingBody;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public String summary() {
        return summary;
    }
}
