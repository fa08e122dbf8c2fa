package org.anquan.exam.paper.control;

/**
 * An active item version that a paper may use: the item, the version the paper keeps, its type, knowledge point,
 * difficulty (1–5) and number of options.
 */
public record PoolItem(long itemId, long versionId, ItemType type, String knowledgePoint, int difficulty,
                       int optionCount) {
}
