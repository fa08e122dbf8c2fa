package org.anquan.knowledge.commentary.entity;

/** Where a question stands: asked, answered by an expert, published by an editor, or declined. */
public enum QuestionStatus {
    OPEN, ANSWERED, PUBLISHED, REJECTED
}
