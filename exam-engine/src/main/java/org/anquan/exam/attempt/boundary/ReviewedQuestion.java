package org.anquan.exam.attempt.boundary;

import org.anquan.exam.paper.control.ItemType;

import java.util.List;
import java.util.Set;

/** A question after the results are out: what was chosen, what was right, why, and where the law says so. */
public record ReviewedQuestion(int number, ItemType type, int points, int earned, String stem, List<String> options,
                               Set<Integer> chosen, Set<Integer> correct, String explanation, String legalBasis) {
}
