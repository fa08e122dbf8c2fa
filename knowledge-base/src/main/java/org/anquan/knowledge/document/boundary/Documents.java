package org.anquan.knowledge.document.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.document.entity.DocumentKind;
import org.anquan.platform.error.UnknownEntityException;

import java.util.List;

/** Reading and finding laws, regulations and standards. */
@Stateless
public class Documents {

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    public List<DocumentView> list(@Min(0) int offset, @Min(1) @Max(200) int limit) {
        return entityManager.createNamedQuery(Document.ALL_BY_RANK, Document.class)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(DocumentView::of).toList();
    }

    public long count() {
        return entityManager.createNamedQuery(Document.COUNT, Long.class).getSingleResult();
    }

    /** The documents of one kind (法律, 国家标准 …), newest first. */
    public List<DocumentView> list(@NotNull DocumentKind kind, @Min(0) int offset, @Min(1) @Max(200) int limit) {
        return entityManager.createNamedQuery(Document.OF_KIND, Document.class).setParameter("kind", kind)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(DocumentView::of).toList();
    }

    public long count(@NotNull DocumentKind kind) {
        return entityManager.createNamedQuery(Document.COUNT_OF_KIND, Long.class).setParameter("kind", kind)
                .getSingleResult();
    }

    /**
     * Texts newly in force or amended (their current version's effective date), latest first, including those that
     * come into force up to the given day.
     */
    public List<DocumentView> byEffectiveDate(@NotNull java.time.LocalDate until, @Min(1) @Max(50) int limit) {
        return entityManager.createNamedQuery(Document.BY_EFFECTIVE, Document.class).setParameter("until", until)
                .setMaxResults(limit).getResultStream().map(DocumentView::of).toList();
    }

    public DocumentView bySlug(@NotNull @Size(max = 120) String slug) {
        return entityManager.createNamedQuery(Document.BY_SLUG, Document.class).setParameter("slug", slug)
                .getResultStream().findFirst().map(DocumentView::of)
                .orElseThrow(() -> new UnknownEntityException("document", slug));
    }
}
