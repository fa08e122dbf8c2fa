package org.anquan.booking.outreach.entity;

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

/** A school, community, village, enterprise or family asking an organiser for a safety talk or drill (五进). */
@Entity
@Table(name = "booking_outreach_request")
@NamedQuery(name = OutreachRequest.OF_ORGANISER, query = "SELECT r FROM OutreachRequest r "
        + "WHERE r.organiserId = :organiser ORDER BY r.id DESC")
@NamedQuery(name = OutreachRequest.OF_ACCOUNT, query = "SELECT r FROM OutreachRequest r "
        + "WHERE r.accountId = :account ORDER BY r.id DESC")
public class OutreachRequest {

    public static final String OF_ORGANISER = "OutreachRequest.ofOrganiser";
    public static final String OF_ACCOUNT = "OutreachRequest.ofAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "organiser_id", nullable = false)
    private long organiserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutreachSetting setting;

    @Column(name = "requester_name", nullable = false, length = 200)
    private String requesterName;

    @Column(name = "contact_name", nullable = false, length = 100)
    private String contactName;

    @Column(name = "contact_phone", nullable = false, length = 30)
    private String contactPhone;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(nullable = false, length = 200)
    private String topic;

    @Column(name = "audience_size", nullable = false)
    private int audienceSize;

    @Column(name = "preferred_first", nullable = false)
    private Instant preferredFirst;

    @Column(name = "preferred_second")
    private Instant preferredSecond;

    @Column(length = 2000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutreachStatus status = OutreachStatus.REQUESTED;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(length = 1000)
    private String answer;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int revision;

    protected OutreachRequest() {
    }

    public OutreachRequest(long accountId, long organiserId, OutreachSetting setting, String requesterName,
                           String contactName, String contactPhone, String address, String topic, int audienceSize,
                           Instant preferredFirst, Instant preferredSecond, String note, Instant createdAt) {
        this.accountId = accountId;
        this.organiserId = organiserId;
        this.setting = Objects.requireNonNull(setting);
        this.requesterName = Objects.requireNonNull(requesterName);
        this.contactName = Objects.requireNonNull(contactName);
        this.contactPhone = Objects.requireNonNull(contactPhone);
        this.address = Objects.requireNonNull(address);
        this.topic = Objects.requireNonNull(topic);
        this.audienceSize = audienceSize;
        this.preferredFirst = Objects.requireNonNull(preferredFirst);
        this.preferredSecond = preferredSecond;
        this.note = note;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    private void requireOpen() {
        if (status != OutreachStatus.REQUESTED && status != OutreachStatus.PROPOSED) {
            throw new BusinessException("outreach.closed", status.name());
        }
    }

    public void accept(long eventId, String answer) {
        requireOpen();
        this.status = OutreachStatus.ACCEPTED;
        this.eventId = eventId;
        this.answer = answer;
    }

    public void propose(Instant proposedAt, String answer) {
        requireOpen();
        this.status = OutreachStatus.PROPOSED;
        this.proposedAt = Objects.requireNonNull(proposedAt);
        this.answer = answer;
    }

    public void decline(String answer) {
        requireOpen();
        this.status = OutreachStatus.DECLINED;
        this.answer = answer;
    }

    public void withdraw() {
        requireOpen();
        this.status = OutreachStatus.WITHDRAWN;
    }

    public Long id() { return id; }
    public long accountId() { return accountId; }
    public long organiserId() { return organiserId; }
    public OutreachSetting setting() { return setting; }
    public String requesterName() { return requesterName; }
    public String contactName() { return contactName; }
    public String contactPhone() { return contactPhone; }
    public String address() { return address; }
    public String topic() { return topic; }
    public int audienceSize() { return audienceSize; }
    public Instant preferredFirst() { return preferredFirst; }
    public Instant preferredSecond() { return preferredSecond; }
    public String note() { return note; }
    public OutreachStatus status() { return status; }
    public Instant proposedAt() { return proposedAt; }
    public String answer() { return answer; }
    public Long eventId() { return eventId; }
    public Instant createdAt() { return createdAt; }
}
