package org.anquan.booking.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A campaign event published by an organiser: a talk, a drill open to the public, an exhibition. People register
 * for one of its sessions, alone or for a party of up to {@code maxGroup}, answering the event's questions (one
 * question per line of {@code questions}; a trailing * marks a required one).
 */
@Entity
@Table(name = "booking_event")
@NamedQuery(name = Event.PUBLISHED, query = "SELECT e FROM Event e WHERE e.published = true ORDER BY e.id DESC")
@NamedQuery(name = Event.PUBLISHED_OF_CAMPAIGN, query = "SELECT e FROM Event e WHERE e.published = true "
        + "AND e.campaignId = :campaign ORDER BY e.id DESC")
@NamedQuery(name = Event.OF_ORGANISATION, query = "SELECT e FROM Event e WHERE e.organisationId = :organisation "
        + "ORDER BY e.id DESC")
public class Event {

    public static final String PUBLISHED = "Event.published";
    public static final String OF_ORGANISATION = "Event.ofOrganisation";
    public static final String PUBLISHED_OF_CAMPAIGN = "Event.publishedOfCampaign";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(nullable = false, length = 30)
    private String audience = "PUBLIC";

    @Column(columnDefinition = "TEXT")
    private String questions;

    @Column(name = "max_group", nullable = false)
    private int maxGroup = 1;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int revision;

    protected Event() {
    }

    public Event(Long campaignId, long organisationId, String title, Instant createdAt) {
        this.campaignId = campaignId;
        this.organisationId = organisationId;
        this.title = Objects.requireNonNull(title);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void describe(Long campaignId, String title, String description, String audience, String questions,
                         int maxGroup) {
        this.campaignId = campaignId;
        this.title = Objects.requireNonNull(title);
        this.description = description;
        this.audience = Objects.requireNonNull(audience);
        this.questions = questions;
        this.maxGroup = maxGroup;
    }

    public void publish(boolean published) {
        this.published = published;
    }

    public Long id() { return id; }
    public Long campaignId() { return campaignId; }
    public long organisationId() { return organisationId; }
    public String title() { return title; }
    public String description() { return description; }
    public String audience() { return audience; }
    public String questions() { return questions; }
    public int maxGroup() { return maxGroup; }
    public boolean published() { return published; }
    public Instant createdAt() { return createdAt; }
}
