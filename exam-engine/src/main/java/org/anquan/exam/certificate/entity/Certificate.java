package org.anquan.exam.certificate.entity;

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

import java.time.LocalDate;
import java.util.Objects;

/**
 * A certificate earned by a passed attempt: valid six years from issue, with a review (复审) due every three years.
 * Its number is derived from the attempt, so two instances issuing at once cannot hand out one number twice.
 */
@Entity
@Table(name = "exam_certificate")
@NamedQuery(name = Certificate.BY_NUMBER, query = "SELECT c FROM Certificate c WHERE c.number = :number")
@NamedQuery(name = Certificate.BY_ATTEMPT, query = "SELECT c FROM Certificate c WHERE c.attemptId = :attempt")
@NamedQuery(name = Certificate.OF_ACCOUNT,
        query = "SELECT c FROM Certificate c WHERE c.accountId = :account ORDER BY c.issuedOn DESC, c.id DESC")
public class Certificate {

    public static final String BY_NUMBER = "Certificate.byNumber";
    public static final String OF_ACCOUNT = "Certificate.ofAccount";
    public static final String BY_ATTEMPT = "Certificate.byAttempt";

    public static final int VALID_YEARS = 6;
    public static final int REVIEW_YEARS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String number;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "holder_name", nullable = false, length = 50)
    private String holderName;

    @Column(name = "id_number_masked", length = 30)
    private String idNumberMasked;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "next_review_on", nullable = false)
    private LocalDate nextReviewOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateStatus status = CertificateStatus.VALID;

    @Column(name = "revoked_reason", length = 300)
    private String revokedReason;

    @Version
    private int revision;

    protected Certificate() {
    }

    public Certificate(long accountId, long subjectId, long attemptId, String holderName, String idNumberMasked,
                       LocalDate issuedOn) {
        this.number = number(issuedOn, attemptId);
        this.accountId = accountId;
        this.subjectId = subjectId;
        this.attemptId = attemptId;
        this.holderName = Objects.requireNonNull(holderName);
        this.idNumberMasked = idNumberMasked;
        this.issuedOn = issuedOn;
        this.validUntil = issuedOn.plusYears(VALID_YEARS).minusDays(1);
        this.nextReviewOn = issuedOn.plusYears(REVIEW_YEARS);
    }

    static String number(LocalDate issuedOn, long attemptId) {
        return "AQ%d%08d".formatted(issuedOn.getYear(), attemptId);
    }

    public void revoke(String reason) {
        if (status == CertificateStatus.REVOKED) {
            throw new BusinessException("certificate.alreadyRevoked");
        }
        status = CertificateStatus.REVOKED;
        revokedReason = reason;
    }

    /** What a verifier is told on a day. */
    public Validity validity(LocalDate on) {
        if (status == CertificateStatus.REVOKED) {
            return Validity.REVOKED;
        }
        return on.isAfter(validUntil) ? Validity.EXPIRED : Validity.VALID;
    }

    public enum Validity { VALID, EXPIRED, REVOKED }

    public Long id() { return id; }
    public String number() { return number; }
    public long accountId() { return accountId; }
    public long subjectId() { return subjectId; }
    public long attemptId() { return attemptId; }
    public String holderName() { return holderName; }
    public String idNumberMasked() { return idNumberMasked; }
    public LocalDate issuedOn() { return issuedOn; }
    public LocalDate validUntil() { return validUntil; }
    public LocalDate nextReviewOn() { return nextReviewOn; }
    public CertificateStatus status() { return status; }
}
