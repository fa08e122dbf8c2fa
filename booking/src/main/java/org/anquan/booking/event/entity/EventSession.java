package org.anquan.booking.event.entity;

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
 * One session of an event: a venue, a time and a number of places. {@code held} counts the people of the
 * registrations holding places; it changes only while this row is locked, and never exceeds capacity.
 */
@Entity
@Table(name = "booking_event_session")
@NamedQuery(name = EventSession.OF_EVENT, query = "SELECT s FROM EventSession s WHERE s.eventId = :event "
        + "ORDER BY s.startsAt")
@NamedQuery(name = EventSession.BETWEEN, query = "SELECT s FROM EventSession s WHERE s.startsAt < :to "
        + "AND s.endsAt > :from ORDER BY s.startsAt")
public class EventSession {

    public static final String OF_EVENT = "EventSession.ofEvent";
    public static final String BETWEEN = "EventSession.between";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(nullable = false, length = 200)
    private String venue;

    @Column(length = 300)
    private String address;

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

    protected EventSession() {
    }

    public EventSession(long eventId, String venue, String address, Instant startsAt, Instant endsAt, int capacity) {
        if (!startsAt.isBefore(endsAt) || capacity <= 0) {
            throw new IllegalArgumentException("a session ends after it starts and has places");
        }
        this.eventId = eventId;
        this.venue = Objects.requireNonNull(venue);
        this.address = address;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
    }

    /** The door opens this long before a session starts; it closes when the session ends. */
    public static final java.time.Duration CHECK_IN_OPENS = java.time.Duration.ofHours(2);

    /** Check-in at the door only around the session: not months ahead (a checked-in ticket can no longer be cancelled). */
    public void requireCheckInOpen(Instant now) {
        if (now.isBefore(startsAt.minus(CHECK_IN_OPENS))) {
            throw new BusinessException("registration.event.checkInNotYet", startsAt);
        }
        if (!now.isBefore(endsAt)) {
            throw new BusinessException("registration.event.checkInOver", endsAt);
        }
    }

    public boolean fits(int people) {
        return held + people <= capacity;
    }

    public void hold(int people) {
        if (!fits(people)) {
            throw new IllegalStateException("session " + id + " has " + (capacity - held) + " places, not " + people);
        }
        held += people;
    }

    public void release(int people) {
        held = Math.max(0, held - people);
    }

    public Long id() { return id; }
    public long eventId() { return eventId; }
    public String venue() { return venue; }
    public String address() { return address; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public int capacity() { return capacity; }
    public int held() { return held; }
    public int free() { return capacity - held; }
}
