package org.anquan.knowledge.law.entity;

/** How one document stands to another. */
public enum RelationKind {
    /** changes the text of the other */
    AMENDS,
    /** takes the place of the other, which is repealed */
    REPLACES,
    /** implements the other (实施条例, 实施办法) */
    IMPLEMENTS
}
