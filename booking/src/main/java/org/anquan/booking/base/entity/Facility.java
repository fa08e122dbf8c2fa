package org.anquan.booking.base.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/**
 * What groups book at a base: a fire-drill yard, a simulation tunnel, a VR hall. Capacity counts people per slot;
 * the slot rules (length, buffer, notice, how far ahead) and the booking rules (approval, cancellation deadline,
 * no-show release, offer deadline for the waiting list, a monthly quota per organisation) are the facility's.
 */
@Entity
@Table(name = "booking_facility")
@NamedQuery(name = Facility.OF_BASE, query = "SELECT f FROM Facility f WHERE f.baseId = :base ORDER BY f.id")
public class Facility {

    public static final String OF_BASE = "Facility.ofBase";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "base_id", nullable = false)
    private long baseId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 500)
    private String features;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes = 120;

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes;

    @Column(name = "min_notice_hours", nullable = false)
    private int minNoticeHours = 24;

    @Column(name = "max_ahead_days", nullable = false)
    private int maxAheadDays = 90;

    @Column(name = "auto_approve", nullable = false)
    private boolean autoApprove;

    @Column(name = "cancel_hours", nullable = false)
    private int cancelHours = 24;

    @Column(name = "no_show_minutes", nullable = false)
    private int noShowMinutes = 30;

    @Column(name = "offer_hours", nullable = false)
    private int offerHours = 24;

    @Column(name = "monthly_quota")
    private Integer monthlyQuota;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int revision;

    protected Facility() {
    }

    public Facility(long baseId, String name, int capacity) {
        this.baseId = baseId;
        this.name = Objects.requireNonNull(name);
        this.capacity = capacity;
    }

    /** Changes what the base administrator may change; the caller has checked the values. */
    public void configure(String name, String features, int capacity, int slotMinutes, int bufferMinutes,
                          int minNoticeHours, int maxAheadDays, boolean autoApprove, int cancelHours,
                          int noShowMinutes, int offerHours, Integer monthlyQuota, boolean active) {
        this.name = Objects.requireNonNull(name);
        this.features = features;
        this.capacity = capacity;
        this.slotMinutes = slotMinutes;
        this.bufferMinutes = bufferMinutes;
        this.minNoticeHours = minNoticeHours;
        this.maxAheadDays = maxAheadDays;
        this.autoApprove = autoApprove;
        this.cancelHours = cancelHours;
        this.noShowMinutes = noShowMinutes;
        this.offerHours = offerHours;
        this.monthlyQuota = monthlyQuota;
        this.active = active;
    }

    public Long id() { return id; }
    public long baseId() { return baseId; }
    public String name() { return name; }
    public String features() { return features; }
    public int capacity() { return capacity; }
    public int slotMinutes() { return slotMinutes; }
    public int bufferMinutes() { return bufferMinutes; }
    public int minNoticeHours() { return minNoticeHours; }
    public int maxAheadDays() { return maxAheadDays; }
    public boolean autoApprove() { return autoApprove; }
    public int cancelHours() { return cancelHours; }
    public int noShowMinutes() { return noShowMinutes; }
    public int offerHours() { return offerHours; }
    public Integer monthlyQuota() { return monthlyQuota; }
    public boolean active() { return active; }
}
