package org.anquan.knowledge.search.boundary;

import java.time.Instant;

/** The index the portal reads and the progress of a rebuild, if one runs. */
public record ReindexState(String active, String building, int total, int done, Instant startedAt,
                           Instant finishedAt, long backlog) {

    public boolean isRunning() {
        return building != null;
    }

    public int percent() {
        return total == 0 ? (isRunning() ? 0 : 100) : Math.min(100, done * 100 / total);
    }
}
