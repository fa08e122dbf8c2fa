package org.anquan.exam.bank.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.anquan.exam.paper.control.ItemType;

/** A section of a subject's blueprint: a question type, how many questions, points each. */
@Embeddable
public class BlueprintSection {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemType type;

    @Column(name = "question_count", nullable = false)
    private int count;

    @Column(nullable = false)
    private int points;

    protected BlueprintSection() {
    }

    public BlueprintSection(ItemType type, int count, int points) {
        this.type = type;
        this.count = count;
        this.points = points;
    }

    public ItemType type() { return type; }
    public int count() { return count; }
    public int points() { return points; }
}
