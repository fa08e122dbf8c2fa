package org.anquan.exam.attempt.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * How often each item already stands on the papers of a session, counted at most every few seconds per instance
 * and by one request at a time. The count only steers new papers towards items used less (a soft aim), while
 * counting afresh for every start read all papers of the session: with two thousand candidates starting within a
 * minute that was millions of rows.
 */
public final class SessionExposure {

    static final long MAX_AGE_MILLIS = 3_000;
    private static final long FORGET_AFTER_MILLIS = 600_000;
    private static final Map<Long, Snapshot> SNAPSHOTS = new ConcurrentHashMap<>();

    private record Snapshot(Map<Long, Integer> counts, long countedAt, AtomicBoolean recounting) {
    }

    private SessionExposure() {
    }

    public static Map<Long, Integer> of(long sessionId, Supplier<Map<Long, Integer>> count) {
        long now = System.currentTimeMillis();
        Snapshot snapshot = SNAPSHOTS.computeIfAbsent(sessionId,
                id -> new Snapshot(Map.copyOf(count.get()), System.currentTimeMillis(), new AtomicBoolean()));
        if (now - snapshot.countedAt() > MAX_AGE_MILLIS && snapshot.recounting().compareAndSet(false, true)) {
            // one request counts again; the others go on with the count of a moment ago
            try {
                snapshot = new Snapshot(Map.copyOf(count.get()), System.currentTimeMillis(), new AtomicBoolean());
                SNAPSHOTS.put(sessionId, snapshot);
                SNAPSHOTS.values().removeIf(old -> now - old.countedAt() > FORGET_AFTER_MILLIS);
            } finally {
                // a failed count leaves the old snapshot, to be counted again by the next start
                SNAPSHOTS.get(sessionId).recounting().set(false);
            }
        }
        return snapshot.counts();
    }
}
