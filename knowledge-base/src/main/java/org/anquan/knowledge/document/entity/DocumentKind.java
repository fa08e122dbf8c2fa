package org.anquan.knowledge.document.entity;

/** The legal form of a document, from the highest effect level down. Captions live in the portal's bundle. */
public enum DocumentKind {
    LAW,
    ADMINISTRATIVE_REGULATION,
    DEPARTMENTAL_RULE,
    LOCAL_REGULATION,
    JUDICIAL_INTERPRETATION,
    NATIONAL_STANDARD,
    INDUSTRY_STANDARD,
    LOCAL_STANDARD,
    NORMATIVE_DOCUMENT
}
