package org.anquan.exam.session.entity;

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
 * A candidate's place in a session: the real name as it was when they registered (it is printed on the ticket),
 * the ticket number, the seat, and whether the proctor has checked them in.
 */
@Entity
@Table(name = "exam_registration")
@NamedQuery(name = Registration.OF_SESSION,
        query = "SELECT r FROM Registration r WHERE r.sessionId = :session AND r.status <> CANCELLED ORDER BY r.id")
@NamedQuery(name = Registration.OF_ACCOUNT,
        query = "SELECT r FROM Registration r WHERE r.accountId = :account ORDER BY r.id DESC")
@NamedQuery(name = Registration.OF_ORGANISATION,
        query = "SELECT r FROM Registration r WHERE r.organisationId = :organisation AND r.status <> CANCELLED "
                + "AND r.registeredAt > :since ORDER BY r.id DESC")
@NamedQuery(name = Registration.BY_TICKET, query = "SELECT r FROM Registration r WHERE r.ticketNumber = :ticket")
public class Registration {

    public static final String OF_SESSION = "Registration.ofSession";
    public static final String OF_ORGANISATION = "Registration.ofOrganisation";
    public static final String OF_ACCOUNT = "Registration.ofAccount";
    public static final String BY_TICKET = "Registration.byTicket";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "candidate_name", nullable = false, length = 50)
    private String candidateName;

    @Column(name = "id_number_masked", length = 30)
    private String idNumberMasked;

    @Column(name = "ticket_number", nullable = false, length = 20)
    private String ticketNumber;

    @Column(name = "seat_id")
    private Long seatId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status = RegistrationStatus.REGISTERED;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_in_by")
    private Long checkedInBy;

    @Column(name = "practical_score")
    private Integer practicalScore;

    @Column(name = "practical_recorded_by")
    private Long practicalRecordedBy;

    @Column(name = "practical_recorded_at")
    private Instant practicalRecordedAt;

    @Version
    private int revision;

    protected Registration() {
    }

    public Registration(long sessionId, long accountId, Long organisationId, String candidateName,
                        String idNumberMasked, String ticketNumber, Long seatId, Instant registeredAt) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.candidateName = Objects.requireNonNull(candidateName);
        this.idNumberMasked = idNumberMasked;
        this.ticketNumber = Objects.requireNonNull(ticketNumber);
        this.seatId = seatId;
        this.registeredAt = Objects.requireNonNull(registeredAt);
    }

    public void checkIn(long proctorId, Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new BusinessException("checkIn.cancelled");
        }
        if (status == RegistrationStatus.CHECKED_IN) {
            throw new BusinessException("checkIn.already", checkedInAt);
        }
        if (seatId == null) {
            throw new BusinessException("checkIn.noSeat");
        }
        status = RegistrationStatus.CHECKED_IN;
        checkedInAt = now;
        checkedInBy = proctorId;
    }

    public void cancel() {
        if (status == RegistrationStatus.CHECKED_IN) {
            throw new BusinessException("registration.alreadyCheckedIn");
        }
        status = RegistrationStatus.CANCELLED;
        seatId = null;
    }

    /** The practical part's score (0–100), entered by the centre; a correction replaces it. */
    public void recordPractical(int score, long by, Instant now) {
        if (score < 0 || score > 100) {
            throw new BusinessException("practical.badScore");
        }
        if (status == RegistrationStatus.CANCELLED) {
            throw new BusinessException("checkIn.cancelled");
        }
        practicalScore = score;
        practicalRecordedBy = by;
        practicalRecordedAt = now;
    }

    public void seat(Long seatId) {
        this.seatId = seatId;
    }

    public boolean checkedIn() {
        return status == RegistrationStatus.CHECKED_IN;
    }

    public Long id() { return id; }
    public long sessionId() { return sessionId; }
    public long accountId() { return accountId; }
    public Long organisationId() { return organisationId; }
    public String candidateName() { return candidateName; }
    public String idNumberMasked() { return idNumberMasked; }
    public String ticketNumber() { return ticketNumber; }
    public Long seatId() { return seatId; }
    public RegistrationStatus status() { return status; }
    public Instant registeredAt() { return registeredAt; }
    public Instant checkedInAt() { return checkedInAt; }
    public Integer practicalScore() { return practicalScore; }
}
