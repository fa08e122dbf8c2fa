package org.anquan.knowledge.law.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anquan.knowledge.document.boundary.DocumentView;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.law.control.ArticleDiff;
import org.anquan.knowledge.law.control.Timeline;
import org.anquan.knowledge.law.entity.Relation;
import org.anquan.knowledge.law.entity.Version;
import org.anquan.knowledge.law.entity.VersionNode;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading a document: a version with its structure, the version in force on a day, and two versions compared. */
@Stateless
public class Laws {

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** The document at the given version label, or at the version in force today when the label is null. */
    public Reading read(@NotNull @Size(max = 120) String slug, @Size(max = 10) String label) {
        Document document = document(slug);
        List<Version> versions = versions(document);
        Version current = current(versions);
        Version shown = label == null ? (current != null ? current : last(versions)) : versions.stream()
                .filter(version -> version.label().equals(label)).findFirst()
                .orElseThrow(() -> new UnknownEntityException("version", slug + "/" + label));
        List<NodeView> nodes = shown == null ? List.of() : shown.nodes().stream().map(NodeView::of).toList();
        return new Reading(DocumentView.of(document), shown == null ? null : VersionView.of(shown, current),
                versions.stream().map(version -> VersionView.of(version, current)).toList(), nodes,
                relations(document));
    }

    /** The label of the version in force on the day; a business error when the document had no text then. */
    public String labelInForceOn(@NotNull @Size(max = 120) String slug, @NotNull LocalDate day) {
        Document document = document(slug);
        Version version = Timeline.current(versions(document), day);
        if (version == null) {
            throw new BusinessException("laws_document.notInForceOn", day);
        }
        return version.label();
    }

    /** Compares two versions of the document article by article. */
    public VersionComparison compare(@NotNull @Size(max = 120) String slug, @NotNull @Size(max = 10) String from,
                                     @NotNull @Size(max = 10) String to) {
        Document document = document(slug);
        List<Version> versions = versions(document);
        Version current = current(versions);
        Version older = byLabel(versions, slug, from);
        Version newer = byLabel(versions, slug, to);
        List<ArticleDiff.Line> lines = ArticleDiff.compare(articles(older), articles(newer));
        return new VersionComparison(document.slug(), document.title(), VersionView.of(older, current),
                VersionView.of(newer, current), lines);
    }

    private static Version byLabel(List<Version> versions, String slug, String label) {
        return versions.stream().filter(version -> version.label().equals(label)).findFirst()
                .orElseThrow(() -> new UnknownEntityException("version", slug + "/" + label));
    }

    private static List<ArticleDiff.Article> articles(Version version) {
        return version.nodes().stream().filter(VersionNode::isArticle)
                .map(node -> new ArticleDiff.Article(node.anchor(), node.label(), node.body())).toList();
    }

    private Document document(String slug) {
        return entityManager.createNamedQuery(Document.BY_SLUG, Document.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownEntityException("document", slug));
    }

    private List<Version> versions(Document document) {
        return entityManager.createNamedQuery(Version.OF_DOCUMENT, Version.class)
                .setParameter("document", document.id()).getResultList().stream()
                .sorted(Timeline.CHRONOLOGICAL).toList();
    }

    private Version current(List<Version> versions) {
        return Timeline.current(versions, LocalDate.now(clock.withZone(Clocks.CHINA)));
    }

    private static Version last(List<Version> versions) {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    private List<RelationView> relations(Document document) {
        List<Relation> relations = entityManager.createNamedQuery(Relation.OF_DOCUMENT, Relation.class)
                .setParameter("document", document.id()).getResultList();
        if (relations.isEmpty()) {
            return List.of();
        }
        List<Long> others = relations.stream().map(relation -> relation.fromDocumentId() == document.id()
                ? relation.toDocumentId() : relation.fromDocumentId()).toList();
        Map<Long, Document> byId = entityManager.createNamedQuery(Document.BY_IDS, Document.class)
                .setParameter("ids", others).getResultStream()
                .collect(Collectors.toMap(Document::id, Function.identity()));
        return relations.stream().map(relation -> {
            boolean outgoing = relation.fromDocumentId() == document.id();
            Document other = byId.get(outgoing ? relation.toDocumentId() : relation.fromDocumentId());
            return new RelationView(relation.kind(), outgoing, other.slug(), other.title());
        }).toList();
    }
}
