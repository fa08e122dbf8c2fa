package org.anquan.exam.attempt.entity;

/** A warning is noted; an expulsion ends the attempt and cancels its score. */
public enum IrregularityKind {
    WARNING, EXPULSION
}
