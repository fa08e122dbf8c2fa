package org.anquan.booking.reservation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One time slot of a facility, created when it is first booked. {@code held} counts the people of the bookings
 * that hold places; it only changes while the facility's row is locked, and the database refuses it above capacity.
 */
@Entity
@Table(name = "booking_slot")
@NamedQuery(name = Slot.AT, query = "SELECT s FROM Slot s WHERE s.facilityId = :facility AND s.startsAt = :start")
@NamedQuery(name = Slot.BETWEEN, query = "SELECT s FROM Slot s WHERE s.facilityId = :facility "
        + "AND s.startsAt >= :from AND s.startsAt < :to ORDER BY s.startsAt")
public class Slot {

    public static final String AT = "Slot.at";
    public static final String BETWEEN = "Slot.between";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private int held;

    @Version
    private int revision;

    protected Slot() {
    }

    public Slot(long facilityId, Instant startsAt, Instant endsAt, int capacity) {
        this.facilityId = facilityId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
    }

    public boolean fits(int people) {
        return held + people <= capacity;
    }

    public void hold(int people) {
        if (!fits(people)) {
            throw new IllegalStateException("slot " + id + " has " + (capacity - held) + " places, not " + people);
        }
        held += people;
    }

    /** A new capacity for a slot that nobody has started yet; never below the places held. */
    public void resize(int newCapacity) {
        if (newCapacity < held) {
            throw new IllegalStateException("slot " + id + " holds " + held + " places, more than " + newCapacity);
        }
        capacity = newCapacity;
    }

    public void release(int people) {
        held = Math.max(0, held - people);
    }

    public Long id() { return id; }
    public long facilityId() { return facilityId; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public int capacity() { return capacity; }
    public int held() { return held; }
    public int free() { return capacity - held; }
}
