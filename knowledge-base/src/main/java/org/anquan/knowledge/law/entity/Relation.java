package org.anquan.knowledge.law.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** "from amends / replaces / implements to". */
@Entity
@Table(name = "kb_relation")
@NamedQuery(name = Relation.OF_DOCUMENT,
        query = "SELECT r FROM Relation r WHERE r.fromDocumentId = :document OR r.toDocumentId = :document")
public class Relation {

    public static final String OF_DOCUMENT = "Relation.ofDocument";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_document_id", nullable = false)
    private long fromDocumentId;

    @Column(name = "to_document_id", nullable = false)
    private long toDocumentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RelationKind kind;

    protected Relation() {
    }

    public Relation(long fromDocumentId, long toDocumentId, RelationKind kind) {
        this.fromDocumentId = fromDocumentId;
        this.toDocumentId = toDocumentId;
        this.kind = kind;
    }

    public long fromDocumentId() {
        return fromDocumentId;
    }

    public long toDocumentId() {
        return toDocumentId;
    }

    public RelationKind kind() {
        return kind;
    }
}
