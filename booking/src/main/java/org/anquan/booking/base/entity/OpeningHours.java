package org.anquan.booking.base.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.Objects;

/** When a base is open on one weekday (ISO: 1 Monday … 7 Sunday), in China time. */
@Entity
@Table(name = "booking_opening_hours")
@IdClass(OpeningHours.Key.class)
@NamedQuery(name = OpeningHours.OF_BASE,
        query = "SELECT h FROM OpeningHours h WHERE h.baseId = :base ORDER BY h.weekday")
public class OpeningHours {

    public static final String OF_BASE = "OpeningHours.ofBase";

    public record Key(long baseId, int weekday) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "base_id")
    private long baseId;

    @Id
    @Column(nullable = false)
    private int weekday;

    @Column(nullable = false)
    private LocalTime opens;

    @Column(nullable = false)
    private LocalTime closes;

    protected OpeningHours() {
    }

    public OpeningHours(long baseId, int weekday, LocalTime opens, LocalTime closes) {
        if (weekday < 1 || weekday > 7 || !opens.isBefore(closes)) {
            throw new IllegalArgumentException("weekday 1..7 and opening before closing");
        }
        this.baseId = baseId;
        this.weekday = weekday;
        this.opens = Objects.requireNonNull(opens);
        this.closes = Objects.requireNonNull(closes);
    }

    public long baseId() { return baseId; }
    public int weekday() { return weekday; }
    public LocalTime opens() { return opens; }
    public LocalTime closes() { return closes; }
}
