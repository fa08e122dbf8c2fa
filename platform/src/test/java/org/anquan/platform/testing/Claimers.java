package org.anquan.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two (or more) instances' scheduled work at the same moment: each claimer runs its batch in its own transaction,
 * again and again until a batch finds nothing, all starting together. What each one did comes back, so a test can
 * show that every item was done once.
 */
public final class Claimers {

    private Claimers() {
    }

    /** The items each claimer did, in the order of the claimers. */
    public static List<List<Long>> sideBySide(int claimers, Callable<List<Long>> batch) throws Exception {
        CyclicBarrier together = new CyclicBarrier(claimers);
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        try {
            List<Future<List<Long>>> running = new ArrayList<>();
            for (int i = 0; i < claimers; i++) {
                running.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    List<Long> done = new ArrayList<>();
                    List<Long> claimed;
                    while (!(claimed = batch.call()).isEmpty()) {
                        done.addAll(claimed);
                    }
                    return done;
                }));
            }
            List<List<Long>> done = new ArrayList<>();
            for (Future<List<Long>> claimer : running) {
                done.add(claimer.get(2, TimeUnit.MINUTES));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Everything the claimers did, in one list (an item done twice appears twice). */
    public static List<Long> all(List<List<Long>> done) {
        return done.stream().flatMap(List::stream).toList();
    }
}
