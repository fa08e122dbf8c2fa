package org.anquan.exam.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A proctor's message to every candidate of a session, shown on the exam page. */
@Entity
@Table(name = "exam_announcement")
@NamedQuery(name = Announcement.OF_SESSION,
        query = "SELECT a FROM Announcement a WHERE a.sessionId = :session ORDER BY a.createdAt DESC, a.id DESC")
public class Announcement {

    public static final String OF_SESSION = "Announcement.ofSession";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false, length = 500)
    private String message;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Announcement() {
    }

    public Announcement(long sessionId, String message, long createdBy, Instant createdAt) {
        this.sessionId = sessionId;
        this.message = message;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String message() { return message; }
    public Instant createdAt() { return createdAt; }
}
