package org.anquan.knowledge.law.control;

/** What a piece of a statute's structure is. */
public enum NodeKind {
    PART, CHAPTER, SECTION, ARTICLE, TEXT;

    public boolean isHeading() {
        return this == PART || this == CHAPTER || this == SECTION;
    }
}
