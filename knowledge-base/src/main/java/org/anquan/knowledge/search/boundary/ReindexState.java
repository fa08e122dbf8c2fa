package org.anquan.knowledge.search.boundary;

import java.time.Instant;

/**
 * The index the portal reads and the progress of a rebuild, if one runs. A rebuild is stalled when the instance
 * filling it has not reported progress for a while (it stopped): asking for a rebuild again takes it over.
 */
public record ReindexState(String active, String building, int total, int done, Instant startedAt,
                           Instant finishedAt, long backlog, boolean stalled) {

    public boolean isRunning() {
        return building != null;
    }

    public int percent() {
        return total == 0 ? (isRunning() ? 0 : 100) : Math.min(100, done * 100 / total);
    }
}
