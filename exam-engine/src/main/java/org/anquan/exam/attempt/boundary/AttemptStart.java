package org.anquan.exam.attempt.boundary;

/** The attempt a terminal now holds, and the lease it sends with every later request. */
public record AttemptStart(long attemptId, String lease, boolean resumed) {
}
