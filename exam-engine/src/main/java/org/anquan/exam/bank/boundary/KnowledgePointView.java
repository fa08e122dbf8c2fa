package org.anquan.exam.bank.boundary;

/** A knowledge point of a subject; blueprints and item sheets name it by its code. */
public record KnowledgePointView(long id, long subjectId, String code, String name) {
}
