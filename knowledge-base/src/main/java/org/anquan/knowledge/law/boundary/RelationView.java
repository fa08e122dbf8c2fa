package org.anquan.knowledge.law.boundary;

import org.anquan.knowledge.law.entity.RelationKind;

/** A related document: {@code outgoing} when this document amends/replaces/implements the other. */
public record RelationView(RelationKind kind, boolean outgoing, String slug, String title) {
}
