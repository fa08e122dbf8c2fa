package org.anquan.exam.attempt.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * How often each item already stands on the papers of a session, counted at most every few seconds per instance.
 * The count only steers new papers towards items used less (a soft aim), while counting afresh for every start
 * read all papers of the session: with two thousand candidates starting within a minute that was millions of rows.
 */
public final class SessionExposure {

    static final long MAX_AGE_MILLIS = 3_000;
    private static final long FORGET_AFTER_MILLIS = 600_000;
    private static final Map<Long, Snapshot> SNAPSHOTS = new ConcurrentHashMap<>();

    private record Snapshot(Map<Long, Integer> counts, long countedAt) {
    }

    private SessionExposure() {
    }

    public static Map<Long, Integer> of(long sessionId, Supplier<Map<Long, Integer>> count) {
        long now = System.currentTimeMillis();
        Snapshot snapshot = SNAPSHOTS.get(sessionId);
        if (snapshot == null || now - snapshot.countedAt() > MAX_AGE_MILLIS) {
            snapshot = new Snapshot(Map.copyOf(count.get()), now);
            SNAPSHOTS.put(sessionId, snapshot);
            SNAPSHOTS.values().removeIf(old -> now - old.countedAt() > FORGET_AFTER_MILLIS);
        }
        return snapshot.counts();
    }
}
