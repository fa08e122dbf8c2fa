package org.anquan.exam.attempt.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** What a proctor saw and did about it (违纪记录). */
@Entity
@Table(name = "exam_irregularity")
@NamedQuery(name = Irregularity.OF_ATTEMPTS,
        query = "SELECT i FROM Irregularity i WHERE i.attemptId IN :attempts ORDER BY i.recordedAt")
public class Irregularity {

    public static final String OF_ATTEMPTS = "Irregularity.ofAttempts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IrregularityKind kind;

    @Column(nullable = false, length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Irregularity() {
    }

    public Irregularity(long attemptId, IrregularityKind kind, String note, long recordedBy, Instant recordedAt) {
        this.attemptId = attemptId;
        this.kind = kind;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long attemptId() { return attemptId; }
    public IrregularityKind kind() { return kind; }
    public String note() { return note; }
    public Instant recordedAt() { return recordedAt; }
}
