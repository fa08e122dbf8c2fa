package org.anquan.knowledge.document.entity;

/** The legal form of a document, from the highest effect level down. Captions live in the portal's bundle. */
public enum DocumentKind {
    LAW(10),
    ADMINISTRATIVE_REGULATION(20),
    DEPARTMENTAL_RULE(30),
    LOCAL_REGULATION(40),
    JUDICIAL_INTERPRETATION(50),
    NATIONAL_STANDARD(60),
    INDUSTRY_STANDARD(70),
    LOCAL_STANDARD(80),
    NORMATIVE_DOCUMENT(90);

    private final int rank;

    DocumentKind(int rank) {
        this.rank = rank;
    }

    /** Position in lists: laws first. Stored beside the kind so the database can sort by it. */
    public int rank() {
        return rank;
    }
}
