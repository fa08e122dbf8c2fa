package org.anquan.booking.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.error.BusinessException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A campaign such as 安全生产月 2027 that events belong to. */
@Entity
@Table(name = "booking_campaign")
@NamedQuery(name = Campaign.ALL, query = "SELECT c FROM Campaign c ORDER BY c.startsOn DESC")
public class Campaign {

    public static final String ALL = "Campaign.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CampaignKind kind;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(columnDefinition = "TEXT")
    private String description;

    /** Why events of this campaign may lie outside its dates; without it they may not. */
    @Column(name = "outside_reason", length = 300)
    private String outsideReason;

    protected Campaign() {
    }

    public Campaign(String code, String name, CampaignKind kind, LocalDate startsOn, LocalDate endsOn) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.startsOn = Objects.requireNonNull(startsOn);
        this.endsOn = Objects.requireNonNull(endsOn);
    }

    /** A session of an event of this campaign lies within its dates (China time), unless it says why not. */
    public void requireHolds(Instant startsAt, Instant endsAt) {
        if (outsideReason != null) {
            return;
        }
        LocalDate first = startsAt.atZone(Clocks.CHINA).toLocalDate();
        LocalDate last = endsAt.atZone(Clocks.CHINA).toLocalDate();
        if (first.isBefore(startsOn) || last.isAfter(endsOn)) {
            throw new BusinessException("event.outsideCampaign", name, startsOn, endsOn);
        }
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public CampaignKind kind() { return kind; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public String description() { return description; }
    public String outsideReason() { return outsideReason; }
}
