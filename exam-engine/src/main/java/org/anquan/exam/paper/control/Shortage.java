package org.anquan.exam.paper.control;

/**
 * What the bank lacks to fill a blueprint: for a section (knowledge point and difficulty null) or a quota, how many
 * items are needed and how many the bank can give.
 */
public record Shortage(ItemType type, String knowledgePoint, Integer difficulty, int needed, int available) {
}
