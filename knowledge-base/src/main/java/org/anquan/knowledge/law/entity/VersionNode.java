package org.anquan.knowledge.law.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anquan.knowledge.law.control.NodeKind;

/** A heading (编/章/节), an article (条, its 款 and 项 in {@code body}, one per line) or a loose paragraph. */
@Entity
@Table(name = "kb_node")
public class VersionNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NodeKind kind;

    @Column(nullable = false)
    private int depth;

    @Column(nullable = false, length = 60)
    private String anchor;

    private Integer number;

    @Column(length = 60)
    private String label;

    @Column(length = 500)
    private String heading;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String body;

    protected VersionNode() {
    }

    public VersionNode(int position, NodeKind kind, int depth, String anchor, Integer number, String label,
                       String heading, String body) {
        this.position = position;
        this.kind = kind;
        this.depth = depth;
        this.anchor = anchor;
        this.number = number;
        this.label = label;
        this.heading = heading;
        this.body = body;
    }

    public boolean isArticle() {
        return kind == NodeKind.ARTICLE;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public NodeKind kind() {
        return kind;
    }

    public int depth() {
        return depth;
    }

    public String anchor() {
        return anchor;
    }

    public Integer number() {
        return number;
    }

    public String label() {
        return label;
    }

    public String heading() {
        return heading;
    }

    public String body() {
        return body;
    }
}
