package org.anquan.exam.bank.boundary;

import org.anquan.exam.bank.entity.ItemStatus;
import org.anquan.exam.paper.control.ItemType;

/** An item as the bank's list shows it: its status and what its current version says. */
public record ItemSummary(long id, ItemStatus status, int version, ItemType type, String knowledgePoint,
                          int difficulty, String stem) {
}
