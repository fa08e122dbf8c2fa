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
import jakarta.persistence.Version;
import org.anquan.platform.error.BusinessException;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's registration for an event session, for themselves and up to the event's party size of companions.
 * The database keeps one counting registration per person and session (its generated column {@code holder}).
 */
@Entity
@Table(name = "booking_registration")
@NamedQuery(name = EventRegistration.WAITING, query = "SELECT r FROM EventRegistration r WHERE r.sessionId = :session "
        + "AND r.status = org.anquan.booking.event.entity.RegistrationStatus.WAITLISTED ORDER BY r.id")
@NamedQuery(name = EventRegistration.OF_SESSION, query = "SELECT r FROM EventRegistration r "
        + "WHERE r.sessionId = :session ORDER BY r.id")
@NamedQuery(name = EventRegistration.OF_ACCOUNT, query = "SELECT r FROM EventRegistration r "
        + "WHERE r.accountId = :account ORDER BY r.id DESC")
@NamedQuery(name = EventRegistration.BY_TICKET, query = "SELECT r FROM EventRegistration r WHERE r.ticket = :ticket")
public class EventRegistration {

    public static final String WAITING = "EventRegistration.waiting";
    public static final String OF_SESSION = "EventRegistration.ofSession";
    public static final String OF_ACCOUNT = "EventRegistration.ofAccount";
    public static final String BY_TICKET = "EventRegistration.byTicket";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "party_size", nullable = false)
    private int partySize = 1;

    @Column(columnDefinition = "TEXT")
    private String companions;

    @Column(columnDefinition = "TEXT")
    private String answers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(nullable = false, length = 40)
    private String ticket;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private int revision;

    protected EventRegistration() {
    }

    public EventRegistration(long sessionId, long accountId, String name, int partySize, String companions,
                             String answers, RegistrationStatus status, String ticket, Instant createdAt) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.name = Objects.requireNonNull(name);
        this.partySize = partySize;
        this.companions = companions;
        this.answers = answers;
        this.status = Objects.requireNonNull(status);
        this.ticket = Objects.requireNonNull(ticket);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void moveTo(RegistrationStatus next) {
        this.status = Objects.requireNonNull(next);
        if (next != RegistrationStatus.OFFERED) {
            offerExpiresAt = null;
        }
    }

    public void offer(Instant expiresAt) {
        status = RegistrationStatus.OFFERED;
        offerExpiresAt = expiresAt;
    }

    public void checkIn(Instant now) {
        if (status == RegistrationStatus.CHECKED_IN) {
            throw new BusinessException("registration.event.alreadyCheckedIn");
        }
        if (status != RegistrationStatus.CONFIRMED) {
            throw new BusinessException("registration.event.notCheckable", status.name());
        }
        status = RegistrationStatus.CHECKED_IN;
        checkedInAt = now;
    }

    public void remind(Instant now) {
        remindedAt = now;
    }

    public Long id() { return id; }
    public long sessionId() { return sessionId; }
    public long accountId() { return accountId; }
    public String name() { return name; }
    public int partySize() { return partySize; }
    public String companions() { return companions; }
    public String answers() { return answers; }
    public RegistrationStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant offerExpiresAt() { return offerExpiresAt; }
    public String ticket() { return ticket; }
    public Instant checkedInAt() { return checkedInAt; }
    public Instant remindedAt() { return remindedAt; }
}
