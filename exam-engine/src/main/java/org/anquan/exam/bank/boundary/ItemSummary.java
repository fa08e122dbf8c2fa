package org.anquan.exam.bank.boundary;

import org.anquan.exam.bank.entity.ItemStatus;
import org.anquan.exam.paper.control.ItemType;

/**
 * An item as the bank's list shows it: its status, whether it is in the practice pool now ({@code practice}) or has
 * been ({@code exposed}: never on a paper again), and what its current version says.
 */
public record ItemSummary(long id, ItemStatus status, int version, ItemType type, String knowledgePoint,
                          int difficulty, String stem, boolean practice, boolean exposed) {
}
