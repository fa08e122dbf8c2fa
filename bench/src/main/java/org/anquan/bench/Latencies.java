package org.anquan.bench;

import java.util.Arrays;

/** Recorded latencies (microseconds) of one kind of request, with exact percentiles; thread-safe. */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;
    private int errors;
    private String firstError;

    synchronized void record(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos / 1_000;
    }

    synchronized void error(String what) {
        errors++;
        if (firstError == null) {
            firstError = what;
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized int errors() {
        return errors;
    }

    synchronized String firstError() {
        return firstError;
    }

    /** The p-th percentile in milliseconds (nearest rank), NaN when nothing was recorded. */
    synchronized double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1000.0;
    }
}
