package org.anquan.booking.base.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A holiday or a maintenance period: the whole base (no facility) or one facility takes no bookings. */
@Entity
@Table(name = "booking_closure")
@NamedQuery(name = Closure.OF_BASE, query = "SELECT c FROM Closure c WHERE c.baseId = :base AND c.endsAt > :from "
        + "AND c.startsAt < :to ORDER BY c.startsAt")
public class Closure {

    public static final String OF_BASE = "Closure.ofBase";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "base_id", nullable = false)
    private long baseId;

    @Column(name = "facility_id")
    private Long facilityId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 200)
    private String reason;

    protected Closure() {
    }

    public Closure(long baseId, Long facilityId, Instant startsAt, Instant endsAt, String reason) {
        if (!startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("a closure ends after it starts");
        }
        this.baseId = baseId;
        this.facilityId = facilityId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = Objects.requireNonNull(reason);
    }

    /** Whether this closure keeps the facility from being used at any moment of the period. */
    public boolean closes(long facility, Instant from, Instant to) {
        return (facilityId == null || facilityId == facility) && startsAt.isBefore(to) && endsAt.isAfter(from);
    }

    public Long id() { return id; }
    public long baseId() { return baseId; }
    public Long facilityId() { return facilityId; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public String reason() { return reason; }
}
