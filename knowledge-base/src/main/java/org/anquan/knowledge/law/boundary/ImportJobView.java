package org.anquan.knowledge.law.boundary;

import org.anquan.knowledge.law.entity.ImportJob;

import java.time.Instant;
import java.util.List;

/** An import as shown on the admin page and by the API: progress, counts and the per-file errors. */
public record ImportJobView(long id, String startedBy, String source, ImportJob.State state, int total, int done,
                           int created, int updated, int unchanged, int failed, List<String> errors,
                           Instant startedAt, Instant finishedAt) {

    public int percent() {
        return total == 0 ? (state == ImportJob.State.RUNNING ? 0 : 100) : done * 100 / total;
    }

    public boolean isRunning() {
        return state == ImportJob.State.RUNNING;
    }

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id(), job.startedBy(), job.source(), job.state(), job.total(), job.done(),
                job.created(), job.updated(), job.unchanged(), job.failed(),
                job.report() == null ? List.of() : List.of(job.report().split("\n")), job.startedAt(),
                job.finishedAt());
    }
}
