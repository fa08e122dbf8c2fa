package org.anquan.exam.bank.entity;

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
import jakarta.persistence.Table;
import org.anquan.exam.paper.control.ItemType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One version of an item, never changed once written: papers point at the version they used. Options are kept
 * one per line; {@code correct} lists the indexes of the correct options. A version may hold one picture.
 */
@Entity
@Table(name = "exam_item_version")
public class ItemVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemType type;

    @Column(name = "knowledge_point_id", nullable = false)
    private long knowledgePointId;

    @Column(nullable = false)
    private int difficulty;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String stem;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String options;

    @Column(nullable = false, length = 40)
    private String correct;

    @Column(columnDefinition = "TEXT")
    private String explanation;

    @Column(name = "legal_basis", length = 300)
    private String legalBasis;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "MEDIUMBLOB")
    private byte[] image;

    @Column(name = "image_type", length = 40)
    private String imageType;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ItemVersion() {
    }

    ItemVersion(long itemId, int number, ItemContent content, Picture picture, Instant now) {
        this.itemId = itemId;
        this.number = number;
        this.type = content.type();
        this.knowledgePointId = content.knowledgePointId();
        this.difficulty = content.difficulty();
        this.stem = content.stem();
        this.options = String.join("\n", content.options());
        this.correct = content.correct().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.explanation = content.explanation();
        this.legalBasis = content.legalBasis();
        if (picture != null) {
            this.image = picture.bytes();
            this.imageType = picture.contentType();
        }
        this.createdAt = now;
    }

    public List<String> optionList() {
        return Arrays.asList(options.split("\n"));
    }

    public Set<Integer> correctSet() {
        return Arrays.stream(correct.split(",")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** What this version says, as it was written. */
    public ItemContent content() {
        return new ItemContent(type, knowledgePointId, difficulty, stem, optionList(), correctSet(), explanation,
                legalBasis);
    }

    public Long id() { return id; }
    public long itemId() { return itemId; }
    public int number() { return number; }
    public ItemType type() { return type; }
    public long knowledgePointId() { return knowledgePointId; }
    public int difficulty() { return difficulty; }
    public String stem() { return stem; }
    public String explanation() { return explanation; }
    public String legalBasis() { return legalBasis; }
    public boolean hasImage() { return imageType != null; }
    public byte[] image() { return image; }
    public String imageType() { return imageType; }

    /** The picture, or null when the version has none. */
    public Picture picture() {
        return hasImage() ? new Picture(image, imageType) : null;
    }
}
