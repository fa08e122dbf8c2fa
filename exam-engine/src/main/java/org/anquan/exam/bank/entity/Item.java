package org.anquan.exam.bank.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.anquan.platform.error.BusinessException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A question of the bank: draft → reviewed → active → retired. Every edit adds a version (the versions already on
 * papers stay as they were) and sends the item back to draft for review. An item of the public practice pool shows
 * its answer to anyone, so it never goes on an exam paper.
 */
@Entity
@Table(name = "exam_item")
@NamedQuery(name = Item.ACTIVE_OF_SUBJECT,
        query = "SELECT i FROM Item i WHERE i.subjectId = :subject AND i.status = ACTIVE ORDER BY i.id")
public class Item {

    public static final String ACTIVE_OF_SUBJECT = "Item.activeOfSubject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(nullable = false)
    private boolean practice;

    /** When the item's answer first became public; from then on it never goes on an exam paper. */
    @Column(name = "exposed_at")
    private Instant exposedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "item_id", insertable = false, updatable = false)
    @OrderBy("number")
    private List<ItemVersion> versions = new ArrayList<>();

    @Version
    private int revision;

    protected Item() {
    }

    public Item(long subjectId, Instant now) {
        this.subjectId = subjectId;
        this.status = ItemStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new version with this content and no picture; needs the item's id (persist the item first). */
    public ItemVersion write(ItemContent content, Instant now) {
        return write(content, null, now);
    }

    /** A new version with this content and picture (null: none); needs the item's id (persist the item first). */
    public ItemVersion write(ItemContent content, Picture picture, Instant now) {
        if (status == ItemStatus.RETIRED) {
            throw new BusinessException("item.retired");
        }
        currentVersion++;
        ItemVersion version = new ItemVersion(id, currentVersion, content, picture, now);
        versions.add(version);
        status = ItemStatus.DRAFT;
        updatedAt = now;
        return version;
    }

    public void review(Instant now) {
        move(ItemStatus.DRAFT, ItemStatus.REVIEWED, now);
    }

    public void activate(Instant now) {
        move(ItemStatus.REVIEWED, ItemStatus.ACTIVE, now);
    }

    /**
     * Puts an active item into the public practice pool. There is no way back to exams: once its answer has been
     * public, it can never be an exam question again.
     */
    public void openToPractice(Instant now) {
        if (status != ItemStatus.ACTIVE || practice) {
            throw new BusinessException("item.wrongStatus", status.name());
        }
        practice = true;
        if (exposedAt == null) {
            exposedAt = now;
        }
        updatedAt = now;
    }

    /** Takes the item out of the practice pool; it stays out of exam papers, since its answer has been public. */
    public void withdrawFromPractice(Instant now) {
        if (!practice) {
            throw new BusinessException("item.notInPractice");
        }
        practice = false;
        if (exposedAt == null) {
            exposedAt = now;
        }
        updatedAt = now;
    }

    public void retire(Instant now) {
        status = ItemStatus.RETIRED;
        updatedAt = now;
    }

    private void move(ItemStatus from, ItemStatus to, Instant now) {
        if (status != from || currentVersion == 0) {
            throw new BusinessException("item.wrongStatus", status.name());
        }
        status = to;
        updatedAt = now;
    }

    /** The version papers get now. */
    public ItemVersion current() {
        return versions.stream().filter(version -> version.number() == currentVersion).findFirst().orElse(null);
    }

    public Long id() { return id; }
    public long subjectId() { return subjectId; }
    public ItemStatus status() { return status; }
    public int currentVersion() { return currentVersion; }
    public boolean practice() { return practice; }

    /** Whether the answer has ever been public (in the practice pool now or before): never for exam papers. */
    public boolean exposed() { return practice || exposedAt != null; }
    public List<ItemVersion> versions() { return versions; }
}
