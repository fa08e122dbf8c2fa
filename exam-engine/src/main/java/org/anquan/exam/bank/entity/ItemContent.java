package org.anquan.exam.bank.entity;

import org.anquan.exam.paper.control.ItemType;

import java.util.List;
import java.util.Set;

/**
 * What an item says: type, knowledge point, difficulty 1–5, stem, options and the indexes of the correct ones,
 * explanation and legal basis. Checked on creation: judgement items have the two options 对/错 (正确/错误) and one
 * answer, single choice 2–8 options and one answer, multiple choice 2–8 options and at least two answers.
 */
public record ItemContent(ItemType type, long knowledgePointId, int difficulty, String stem, List<String> options,
                          Set<Integer> correct, String explanation, String legalBasis) {

    public ItemContent {
        if (difficulty < 1 || difficulty > 5) {
            throw new IllegalArgumentException("difficulty must be 1 to 5");
        }
        if (stem == null || stem.isBlank()) {
            throw new IllegalArgumentException("the stem is empty");
        }
        options = List.copyOf(options);
        correct = Set.copyOf(correct);
        if (options.stream().anyMatch(option -> option == null || option.isBlank() || option.contains("\n"))) {
            throw new IllegalArgumentException("options must be single non-empty lines");
        }
        int size = options.size();
        if (correct.isEmpty() || correct.stream().anyMatch(index -> index < 0 || index >= size)) {
            throw new IllegalArgumentException("the answer must name existing options");
        }
        switch (type) {
            case JUDGEMENT -> {
                if (size != 2 || correct.size() != 1) {
                    throw new IllegalArgumentException("a judgement has two options and one answer");
                }
            }
            case SINGLE_CHOICE -> {
                if (size < 2 || size > 8 || correct.size() != 1) {
                    throw new IllegalArgumentException("a single choice has 2–8 options and one answer");
                }
            }
            default -> {
                if (size < 2 || size > 8 || correct.size() < 2) {
                    throw new IllegalArgumentException("a multiple choice has 2–8 options and at least two answers");
                }
            }
        }
    }
}
