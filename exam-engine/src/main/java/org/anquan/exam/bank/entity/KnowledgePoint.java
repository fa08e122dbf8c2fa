package org.anquan.exam.bank.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A knowledge point of a subject (电气安全基础, 触电急救 …), by which blueprints set quotas. */
@Entity
@Table(name = "exam_knowledge_point")
@NamedQuery(name = KnowledgePoint.OF_SUBJECT,
        query = "SELECT k FROM KnowledgePoint k WHERE k.subjectId = :subject ORDER BY k.code")
public class KnowledgePoint {

    public static final String OF_SUBJECT = "KnowledgePoint.ofSubject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    protected KnowledgePoint() {
    }

    public KnowledgePoint(long subjectId, String code, String name) {
        this.subjectId = subjectId;
        this.code = code;
        this.name = name;
    }

    public Long id() { return id; }
    public long subjectId() { return subjectId; }
    public String code() { return code; }
    public String name() { return name; }
}
