package org.anquan.exam.attempt.entity;

/** Who ended an attempt: the candidate, the server at the deadline, or a proctor. */
public enum SubmittedBy {
    CANDIDATE, DEADLINE, PROCTOR
}
