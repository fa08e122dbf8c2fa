package org.anquan.booking.base.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A photo of a base for its public page, kept as a re-encoded JPEG with a caption (its alternative text). */
@Entity
@Table(name = "booking_base_photo")
public class BasePhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "base_id", nullable = false)
    private long baseId;

    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] image;

    @Column(nullable = false, length = 200)
    private String caption;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BasePhoto() {
    }

    public BasePhoto(long baseId, byte[] jpeg, String caption, Instant createdAt) {
        this.baseId = baseId;
        this.image = Objects.requireNonNull(jpeg).clone();
        this.caption = Objects.requireNonNull(caption);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() { return id; }
    public long baseId() { return baseId; }
    public byte[] image() { return image.clone(); }
    public String caption() { return caption; }
    public Instant createdAt() { return createdAt; }
}
