package org.anquan.knowledge.law.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An import of a statute folder: who started it, how far it is, and the per-file errors. */
@Entity
@Table(name = "kb_import_job")
public class ImportJob {

    public enum State { RUNNING, FINISHED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_by", nullable = false, length = 200)
    private String startedBy;

    @Column(nullable = false, length = 500)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private int created;

    @Column(nullable = false)
    private int updated;

    @Column(nullable = false)
    private int unchanged;

    @Column(nullable = false)
    private int failed;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String report;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJob() {
    }

    public ImportJob(String startedBy, String source, int total, Instant now) {
        this.startedBy = startedBy;
        this.source = source.length() > 500 ? source.substring(0, 500) : source;
        this.state = State.RUNNING;
        this.total = total;
        this.startedAt = now;
    }

    public void advanced(int done, boolean failedOne, String error) {
        this.done = done;
        if (failedOne) {
            this.failed++;
            this.report = report == null ? error : report + "\n" + error;
        }
    }

    public void finished(int created, int updated, int unchanged, Instant now) {
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
        this.state = State.FINISHED;
        this.finishedAt = now;
    }

    public void failed(String reason, Instant now) {
        this.state = State.FAILED;
        this.report = report == null ? reason : report + "\n" + reason;
        this.finishedAt = now;
    }

    public Long id() { return id; }
    public String startedBy() { return startedBy; }
    public String source() { return source; }
    public State state() { return state; }
    public int total() { return total; }
    public int done() { return done; }
    public int created() { return created; }
    public int updated() { return updated; }
    public int unchanged() { return unchanged; }
    public int failed() { return failed; }
    public String report() { return report; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
}
