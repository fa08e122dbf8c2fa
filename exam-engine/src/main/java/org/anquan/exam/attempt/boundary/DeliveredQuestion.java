package org.anquan.exam.attempt.boundary;

import org.anquan.exam.paper.control.ItemType;

import java.util.List;
import java.util.Set;

/**
 * A question as the candidate sees it during the exam: options in their shuffled order and the candidate's own
 * choices (positions in that order). It carries nothing about which option is correct.
 */
public record DeliveredQuestion(int number, int count, ItemType type, int points, String stem,
                                List<String> options, Set<Integer> chosen, boolean flagged, boolean hasImage) {
}
