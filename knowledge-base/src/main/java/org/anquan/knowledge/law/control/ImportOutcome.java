package org.anquan.knowledge.law.control;

/** What importing one file did. */
public enum ImportOutcome {
    CREATED, UPDATED, UNCHANGED
}
