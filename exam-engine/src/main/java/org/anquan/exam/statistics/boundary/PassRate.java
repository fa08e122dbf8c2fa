package org.anquan.exam.statistics.boundary;

/** Ended attempts of a group (a subject, a centre, a session) and how many passed. */
public record PassRate(long id, String name, long attempts, long passed) {

    /** Passed as a share of the ended attempts, 0–100, one decimal. */
    public double percent() {
        return attempts == 0 ? 0 : Math.round(passed * 1000.0 / attempts) / 10.0;
    }
}
