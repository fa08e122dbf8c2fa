package org.anquan.knowledge.commentary.entity;

/** Where an interpretation stands: written, waiting for review, published, or sent back with a note. */
public enum CommentaryStatus {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED
}
