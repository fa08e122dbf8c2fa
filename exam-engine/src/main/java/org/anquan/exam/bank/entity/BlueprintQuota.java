package org.anquan.exam.bank.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.anquan.exam.paper.control.ItemType;

/** A quota of a blueprint: at least {@code count} questions of a type from a knowledge point and/or difficulty. */
@Embeddable
public class BlueprintQuota {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemType type;

    @Column(name = "knowledge_point", length = 60)
    private String knowledgePoint;

    private Integer difficulty;

    @Column(name = "question_count", nullable = false)
    private int count;

    protected BlueprintQuota() {
    }

    public BlueprintQuota(ItemType type, String knowledgePoint, Integer difficulty, int count) {
        this.type = type;
        this.knowledgePoint = knowledgePoint;
        this.difficulty = difficulty;
        this.count = count;
    }

    public ItemType type() { return type; }
    public String knowledgePoint() { return knowledgePoint; }
    public Integer difficulty() { return difficulty; }
    public int count() { return count; }
}
