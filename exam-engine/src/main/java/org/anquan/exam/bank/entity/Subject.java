package org.anquan.exam.bank.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.anquan.exam.paper.control.Blueprint;
import org.anquan.platform.error.BusinessException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An exam subject (低压电工作业, 主要负责人 …) with its rules (duration, pass mark out of the total) and its
 * blueprint. The blueprint is replaced as a whole and must add up to the subject's total points.
 */
@Entity
@Table(name = "exam_subject")
@NamedQuery(name = Subject.BY_CODE, query = "SELECT s FROM Subject s WHERE s.code = :code")
@NamedQuery(name = Subject.ALL, query = "SELECT s FROM Subject s ORDER BY s.code")
public class Subject {

    public static final String BY_CODE = "Subject.byCode";
    public static final String ALL = "Subject.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private SubjectCategory category;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes = 120;

    @Column(name = "pass_mark", nullable = false)
    private int passMark = 80;

    @Column(name = "total_points", nullable = false)
    private int totalPoints = 100;

    @ElementCollection
    @CollectionTable(name = "exam_blueprint_section", joinColumns = @JoinColumn(name = "subject_id"))
    @OrderColumn(name = "position")
    private List<BlueprintSection> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exam_blueprint_quota", joinColumns = @JoinColumn(name = "subject_id"))
    @OrderColumn(name = "position")
    private List<BlueprintQuota> quotas = new ArrayList<>();

    @Column(name = "practical_required", nullable = false)
    private boolean practicalRequired;

    @Version
    private int revision;

    protected Subject() {
    }

    public Subject(String code, String name, SubjectCategory category) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.category = Objects.requireNonNull(category);
    }

    /** Sets the exam rules: minutes, pass mark and total points (100 and 80 by default). */
    public Subject rules(int durationMinutes, int passMark, int totalPoints) {
        if (durationMinutes <= 0 || passMark <= 0 || passMark > totalPoints) {
            throw new IllegalArgumentException("duration and pass mark must be positive, the pass mark at most the total");
        }
        this.durationMinutes = durationMinutes;
        this.passMark = passMark;
        this.totalPoints = totalPoints;
        return this;
    }

    /** Replaces the blueprint; its points must add up to the subject's total. */
    public void assemble(Blueprint blueprint) {
        if (blueprint.totalPoints() != totalPoints) {
            throw new BusinessException("bank.blueprintTotal", blueprint.totalPoints(), totalPoints);
        }
        sections.clear();
        blueprint.sections().forEach(s -> sections.add(new BlueprintSection(s.type(), s.count(), s.points())));
        quotas.clear();
        blueprint.quotas().forEach(q -> quotas.add(new BlueprintQuota(q.type(), q.knowledgePoint(), q.difficulty(),
                q.count())));
    }

    /** The blueprint, or null when none is set yet. */
    public Blueprint blueprint() {
        if (sections.isEmpty()) {
            return null;
        }
        return new Blueprint(sections.stream().map(s -> new Blueprint.Section(s.type(), s.count(), s.points())).toList(),
                quotas.stream().map(q -> new Blueprint.Quota(q.type(), q.knowledgePoint(), q.difficulty(), q.count()))
                        .toList());
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public SubjectCategory category() { return category; }
    public int durationMinutes() { return durationMinutes; }
    public int passMark() { return passMark; }
    public int totalPoints() { return totalPoints; }
    public boolean practicalRequired() { return practicalRequired; }

    /** Whether a certificate needs a practical part (实操) passed besides the paper. */
    public void requirePractical(boolean required) {
        this.practicalRequired = required;
    }
}
