package org.anquan.exam.paper.control;

import java.util.List;

/**
 * A question of a generated paper: the item version it keeps, its points, and the order in which the candidate
 * sees the version's options ({@code optionOrder.get(k)} is the index of the option shown in place k).
 */
public record PaperQuestion(long itemId, long versionId, ItemType type, int points, List<Integer> optionOrder) {
}
