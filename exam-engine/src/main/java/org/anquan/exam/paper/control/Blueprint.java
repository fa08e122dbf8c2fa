package org.anquan.exam.paper.control;

import java.util.List;

/**
 * 组卷规则: sections by question type (how many, how many points each), and quotas inside a section: at least
 * {@code count} of the section's questions from a knowledge point and/or a difficulty.
 */
public record Blueprint(List<Section> sections, List<Quota> quotas) {

    public Blueprint {
        List<Section> sectionList = List.copyOf(sections);
        List<Quota> quotaList = List.copyOf(quotas);
        if (sectionList.stream().map(Section::type).distinct().count() != sectionList.size()) {
            throw new IllegalArgumentException("one section per question type");
        }
        for (Section section : sectionList) {
            if (section.count() <= 0 || section.points() <= 0) {
                throw new IllegalArgumentException("a section needs questions and points: " + section);
            }
            int quoted = quotaList.stream().filter(quota -> quota.type() == section.type())
                    .mapToInt(Quota::count).sum();
            if (quoted > section.count()) {
                throw new IllegalArgumentException("quotas ask for more than the section holds: " + section);
            }
        }
        if (quotaList.stream().anyMatch(quota -> quota.count() <= 0
                || sectionList.stream().noneMatch(section -> section.type() == quota.type()))) {
            throw new IllegalArgumentException("every quota needs a count and a section of its type");
        }
        sections = sectionList;
        quotas = quotaList;
    }

    public record Section(ItemType type, int count, int points) {
    }

    /** {@code knowledgePoint} or {@code difficulty} may be null (any). */
    public record Quota(ItemType type, String knowledgePoint, Integer difficulty, int count) {

        boolean accepts(PoolItem item) {
            return item.type() == type && (knowledgePoint == null || knowledgePoint.equals(item.knowledgePoint()))
                    && (difficulty == null || difficulty == item.difficulty());
        }

        /** More specific quotas are filled first, so that a general one does not take their items. */
        int specificity() {
            return (knowledgePoint == null ? 0 : 2) + (difficulty == null ? 0 : 1);
        }
    }

    public int totalPoints() {
        return sections.stream().mapToInt(section -> section.count() * section.points()).sum();
    }

    public List<Quota> quotasOf(ItemType type) {
        return quotas.stream().filter(quota -> quota.type() == type).toList();
    }
}
