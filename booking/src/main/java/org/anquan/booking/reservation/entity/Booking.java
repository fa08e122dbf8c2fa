package org.anquan.booking.reservation.entity;

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

/** A group's booking of a facility slot: who, how many, for which drill, and where it stands. */
@Entity
@Table(name = "booking_booking")
@NamedQuery(name = Booking.OF_SLOT, query = "SELECT b FROM Booking b WHERE b.slotId = :slot ORDER BY b.id")
@NamedQuery(name = Booking.WAITING, query = "SELECT b FROM Booking b WHERE b.slotId = :slot "
        + "AND b.status = org.anquan.booking.reservation.entity.BookingStatus.WAITLISTED ORDER BY b.id")
@NamedQuery(name = Booking.OF_ACCOUNT, query = "SELECT b FROM Booking b WHERE b.accountId = :account "
        + "ORDER BY b.id DESC")
@NamedQuery(name = Booking.BY_TICKET, query = "SELECT b FROM Booking b WHERE b.ticket = :ticket")
public class Booking {

    public static final String OF_SLOT = "Booking.ofSlot";
    public static final String WAITING = "Booking.waiting";
    public static final String OF_ACCOUNT = "Booking.ofAccount";
    public static final String BY_TICKET = "Booking.byTicket";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slot_id", nullable = false)
    private long slotId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "organisation_kind", length = 30)
    private String organisationKind;

    @Column(name = "group_name", nullable = false, length = 200)
    private String groupName;

    @Column(name = "head_count", nullable = false)
    private int headCount;

    @Column(nullable = false, length = 200)
    private String purpose;

    @Column(name = "contact_name", nullable = false, length = 100)
    private String contactName;

    @Column(name = "contact_phone", nullable = false, length = 30)
    private String contactPhone;

    @Column(columnDefinition = "TEXT")
    private String participants;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(nullable = false, length = 40)
    private String ticket;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    private Integer attendance;

    @Column(length = 1000)
    private String practised;

    @Column(length = 2000)
    private String evaluation;

    @Version
    private int revision;

    protected Booking() {
    }

    public Booking(long slotId, long facilityId, long accountId, Long organisationId, String organisationKind,
                   String groupName, int headCount, String purpose, String contactName, String contactPhone,
                   String participants, BookingStatus status, String ticket, Instant createdAt) {
        this.slotId = slotId;
        this.facilityId = facilityId;
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.organisationKind = organisationKind;
        this.groupName = Objects.requireNonNull(groupName);
        this.headCount = headCount;
        this.purpose = Objects.requireNonNull(purpose);
        this.contactName = Objects.requireNonNull(contactName);
        this.contactPhone = Objects.requireNonNull(contactPhone);
        this.participants = participants;
        this.status = Objects.requireNonNull(status);
        this.ticket = Objects.requireNonNull(ticket);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Moves to a new state; the caller keeps the slot's count of held places in step. */
    public void moveTo(BookingStatus next, Instant now) {
        this.status = Objects.requireNonNull(next);
        if (next == BookingStatus.CONFIRMED || next == BookingStatus.REJECTED) {
            this.decidedAt = now;
        }
        if (next != BookingStatus.OFFERED) {
            this.offerExpiresAt = null;
        }
    }

    public void offer(Instant expiresAt) {
        this.status = BookingStatus.OFFERED;
        this.offerExpiresAt = expiresAt;
    }

    public void checkIn(Instant now) {
        if (status == BookingStatus.CHECKED_IN) {
            throw new BusinessException("booking.alreadyCheckedIn");
        }
        if (status != BookingStatus.CONFIRMED) {
            throw new BusinessException("booking.notCheckable", status.name());
        }
        status = BookingStatus.CHECKED_IN;
        checkedInAt = now;
    }

    public void remind(Instant now) {
        remindedAt = now;
    }

    public void record(int attendance, String practised, String evaluation) {
        this.attendance = attendance;
        this.practised = practised;
        this.evaluation = evaluation;
    }

    public Long id() { return id; }
    public long slotId() { return slotId; }
    public long facilityId() { return facilityId; }
    public long accountId() { return accountId; }
    public Long organisationId() { return organisationId; }
    public String organisationKind() { return organisationKind; }
    public String groupName() { return groupName; }
    public int headCount() { return headCount; }
    public String purpose() { return purpose; }
    public String contactName() { return contactName; }
    public String contactPhone() { return contactPhone; }
    public String participants() { return participants; }
    public BookingStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant decidedAt() { return decidedAt; }
    public Instant offerExpiresAt() { return offerExpiresAt; }
    public String ticket() { return ticket; }
    public Instant checkedInAt() { return checkedInAt; }
    public Instant remindedAt() { return remindedAt; }
    public Integer attendance() { return attendance; }
    public String practised() { return practised; }
    public String evaluation() { return evaluation; }
}
