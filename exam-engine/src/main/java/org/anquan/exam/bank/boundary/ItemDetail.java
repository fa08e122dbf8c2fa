package org.anquan.exam.bank.boundary;

import org.anquan.exam.bank.entity.ItemContent;
import org.anquan.exam.bank.entity.ItemStatus;
import org.anquan.exam.paper.control.ItemType;

import java.util.List;
import java.util.Set;

/**
 * An item with its current version in full; {@code correct} holds the indexes of the correct options. {@code practice}:
 * in the public practice pool now; {@code exposed}: its answer has been public, so it never goes on a paper again.
 */
public record ItemDetail(long id, long subjectId, ItemStatus status, int version, ItemType type, long knowledgePointId,
                         String knowledgePoint, int difficulty, String stem, List<String> options,
                         List<Integer> correct, String explanation, String legalBasis, boolean hasImage,
                         boolean practice, boolean exposed) {

    /** The current content, as the starting point of an edit. */
    public ItemContent content() {
        return new ItemContent(type, knowledgePointId, difficulty, stem, options, Set.copyOf(correct), explanation,
                legalBasis);
    }
}
