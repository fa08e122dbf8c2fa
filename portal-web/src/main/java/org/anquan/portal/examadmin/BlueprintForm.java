package org.anquan.portal.examadmin;

import org.anquan.exam.paper.control.Blueprint;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A subject's blueprint as the editor's rows: sections (type, how many, points each) and quotas (type, knowledge point
 * and/or difficulty, at least how many). Checked here, so that each mistake is named next to its field, before the
 * bank sees a {@link Blueprint}.
 */
public class BlueprintForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "blueprint-form:";

    /** A section row; nulls are fields left empty. */
    public static class SectionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private ItemType type;
        private Integer count;
        private Integer points;

        public ItemType getType() { return type; }
        public void setType(ItemType type) { this.type = type; }
        public Integer getCount() { return count; }
        public void setCount(Integer count) { this.count = count; }
        public Integer getPoints() { return points; }
        public void setPoints(Integer points) { this.points = points; }
    }

    /** A quota row; an empty knowledge point or difficulty means any. */
    public static class QuotaRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private ItemType type;
        private String knowledgePoint;
        private Integer difficulty;
        private Integer count;

        public ItemType getType() { return type; }
        public void setType(ItemType type) { this.type = type; }
        public String getKnowledgePoint() { return knowledgePoint; }
        public void setKnowledgePoint(String knowledgePoint) { this.knowledgePoint = knowledgePoint; }
        public Integer getDifficulty() { return difficulty; }
        public void setDifficulty(Integer difficulty) { this.difficulty = difficulty; }
        public Integer getCount() { return count; }
        public void setCount(Integer count) { this.count = count; }
    }

    private final List<SectionRow> sections = new ArrayList<>();
    private final List<QuotaRow> quotas = new ArrayList<>();

    /** The rows of a blueprint; none when the subject has no blueprint yet. */
    static BlueprintForm of(Blueprint blueprint) {
        BlueprintForm form = new BlueprintForm();
        if (blueprint != null) {
            blueprint.sections().forEach(section -> {
                SectionRow row = form.addSection();
                row.type = section.type();
                row.count = section.count();
                row.points = section.points();
            });
            blueprint.quotas().forEach(quota -> {
                QuotaRow row = form.addQuota();
                row.type = quota.type();
                row.knowledgePoint = quota.knowledgePoint();
                row.difficulty = quota.difficulty();
                row.count = quota.count();
            });
        }
        return form;
    }

    SectionRow addSection() {
        SectionRow row = new SectionRow();
        sections.add(row);
        return row;
    }

    QuotaRow addQuota() {
        QuotaRow row = new QuotaRow();
        quotas.add(row);
        return row;
    }

    void removeSection(int index) {
        if (index >= 0 && index < sections.size()) {
            sections.remove(index);
        }
    }

    void removeQuota(int index) {
        if (index >= 0 && index < quotas.size()) {
            quotas.remove(index);
        }
    }

    /** Points of the rows filled in so far. */
    public int getTotal() {
        return sections.stream().filter(row -> row.count != null && row.points != null)
                .mapToInt(row -> row.count * row.points).sum();
    }

    /**
     * The rows as a blueprint worth {@code totalPoints}, or null with a message at each field that is wrong (and at
     * the total when the points do not add up).
     */
    Blueprint blueprint(int totalPoints, Texts texts) {
        boolean valid = true;
        Set<ItemType> types = new HashSet<>();
        Map<ItemType, Integer> counts = new EnumMap<>(ItemType.class);
        for (int i = 0; i < sections.size(); i++) {
            SectionRow row = sections.get(i);
            String id = FORM + "sections:" + i + ":";
            if (row.type == null) {
                valid = error(texts, id + "section-type", "examAdmin_blueprint.typeRequired");
            } else if (!types.add(row.type)) {
                valid = error(texts, id + "section-type", "examAdmin_blueprint.duplicateType",
                        texts.format("ItemType." + row.type));
            }
            valid &= positive(row.count, id + "section-count", texts);
            valid &= positive(row.points, id + "section-points", texts);
            if (row.type != null && row.count != null) {
                counts.putIfAbsent(row.type, row.count);
            }
        }
        if (sections.isEmpty()) {
            valid = error(texts, FORM + "total", "examAdmin_blueprint.noSections");
        } else if (valid && getTotal() != totalPoints) {
            valid = error(texts, FORM + "total", "examAdmin_blueprint.totalMismatch", getTotal(), totalPoints);
        }
        Map<ItemType, Integer> quoted = new EnumMap<>(ItemType.class);
        for (int i = 0; i < quotas.size(); i++) {
            QuotaRow row = quotas.get(i);
            String id = FORM + "quotas:" + i + ":";
            if (row.type == null) {
                valid = error(texts, id + "quota-type", "examAdmin_blueprint.typeRequired");
            } else if (!types.contains(row.type)) {
                valid = error(texts, id + "quota-type", "examAdmin_blueprint.quotaWithoutSection",
                        texts.format("ItemType." + row.type));
            }
            if (blank(row.knowledgePoint) && row.difficulty == null) {
                valid = error(texts, id + "quota-point", "examAdmin_blueprint.quotaNeedsCriterion");
            }
            if (positive(row.count, id + "quota-count", texts)) {
                if (row.type != null && counts.containsKey(row.type)
                        && quoted.merge(row.type, row.count, Integer::sum) > counts.get(row.type)) {
                    valid = error(texts, id + "quota-count", "examAdmin_blueprint.quotaTooMany",
                            texts.format("ItemType." + row.type), counts.get(row.type));
                }
            } else {
                valid = false;
            }
        }
        if (!valid) {
            return null;
        }
        return new Blueprint(sections.stream().map(row -> new Blueprint.Section(row.type, row.count, row.points))
                .toList(), quotas.stream().map(row -> new Blueprint.Quota(row.type,
                        blank(row.knowledgePoint) ? null : row.knowledgePoint.strip(), row.difficulty, row.count))
                .toList());
    }

    private static boolean positive(Integer value, String clientId, Texts texts) {
        return value != null && value > 0 || error(texts, clientId, "examAdmin_blueprint.positive");
    }

    /** Adds the message; always false, so that a check can say {@code valid = error(…)}. */
    private static boolean error(Texts texts, String clientId, String key, Object... arguments) {
        texts.error(clientId, key, arguments);
        return false;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public List<SectionRow> getSections() { return sections; }
    public List<QuotaRow> getQuotas() { return quotas; }
}
