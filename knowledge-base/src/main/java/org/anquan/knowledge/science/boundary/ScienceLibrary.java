package org.anquan.knowledge.science.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.anquan.knowledge.commentary.control.Commentary;
import org.anquan.knowledge.document.entity.Industry;
import org.anquan.knowledge.science.entity.ScienceArticle;
import org.anquan.knowledge.science.entity.ScienceTopic;
import org.anquan.knowledge.search.control.IndexOutbox;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;

import java.time.Clock;
import java.util.List;

/**
 * The science library (科普知识库): editors write articles and short guides by topic and industry, with an image,
 * and publish them; readers browse them by topic and find them in the search.
 */
@Stateless
public class ScienceLibrary {

    public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    @EJB
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** Creates (or, for an existing slug, rewrites) an article as a draft of its current state. */
    @RolesAllowed("EDITOR")
    public ScienceArticleView write(@NotBlank @Pattern(regexp = "[a-z0-9-]{3,120}") String slug,
                                    @NotBlank @Size(max = 200) String title, @NotNull ScienceTopic topic,
                                    Industry industry, @NotBlank @Size(max = 500) String summary,
                                    @NotBlank @Size(max = 200_000) String html) {
        ScienceArticle article = bySlug(slug);
        if (article == null) {
            article = new ScienceArticle(slug, me().id(), clock.instant());
            article.write(title.strip(), topic, industry, summary.strip(), Commentary.html(html), clock.instant());
            entityManager.persist(article);
        } else {
            article.write(title.strip(), topic, industry, summary.strip(), Commentary.html(html), clock.instant());
        }
        if (article.isPublished()) {
            IndexOutbox.queue(entityManager, IndexOutbox.SCIENCE, article.id() == null ? flushId(article)
                    : article.id(), clock.instant());
        }
        entityManager.flush();
        return ScienceArticleView.of(article);
    }

    private long flushId(ScienceArticle article) {
        entityManager.flush();
        return article.id();
    }

    /** Sets the article's image (PNG or JPEG, at most 2 MB) with its text alternative. */
    @RolesAllowed("EDITOR")
    public void picture(@NotBlank String slug, @NotNull byte[] image, @NotBlank @Size(max = 200) String alt) {
        if (image.length == 0 || image.length > MAX_IMAGE_BYTES) {
            throw new BusinessException("science.imageSize", MAX_IMAGE_BYTES / 1024 / 1024);
        }
        String type = isPng(image) ? "image/png" : isJpeg(image) ? "image/jpeg" : null;
        if (type == null) {
            throw new BusinessException("science.imageType");
        }
        required(slug).picture(image, type, alt.strip(), clock.instant());
    }

    @RolesAllowed("EDITOR")
    public void publish(@NotBlank String slug) {
        ScienceArticle article = required(slug);
        article.publish(clock.instant());
        IndexOutbox.queue(entityManager, IndexOutbox.SCIENCE, article.id(), clock.instant());
        Commentary.audit(auditTrail, clock.instant(), me(), "science.publish", "science", slug, null);
    }

    @RolesAllowed("EDITOR")
    public void withdraw(@NotBlank String slug) {
        ScienceArticle article = required(slug);
        article.withdraw(clock.instant());
        IndexOutbox.queue(entityManager, IndexOutbox.SCIENCE, article.id(), clock.instant());
        Commentary.audit(auditTrail, clock.instant(), me(), "science.withdraw", "science", slug, null);
    }

    @RolesAllowed("EDITOR")
    public List<ScienceArticleView> all() {
        return entityManager.createNamedQuery(ScienceArticle.ALL, ScienceArticle.class).setMaxResults(500)
                .getResultStream().map(ScienceArticleView::of).toList();
    }

    @PermitAll
    public List<ScienceArticleView> published(ScienceTopic topic, Industry industry) {
        return entityManager.createNamedQuery(ScienceArticle.PUBLISHED, ScienceArticle.class)
                .setParameter("topic", topic).setParameter("industry", industry).setMaxResults(200)
                .getResultStream().map(ScienceArticleView::of).toList();
    }

    /** The newest published articles, for the front page. */
    @PermitAll
    public List<ScienceArticleView> latest(@jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(20) int limit) {
        return entityManager.createNamedQuery(ScienceArticle.PUBLISHED, ScienceArticle.class)
                .setParameter("topic", null).setParameter("industry", null).setMaxResults(limit)
                .getResultStream().map(ScienceArticleView::of).toList();
    }

    /** A published article for everyone; drafts only for editors. */
    @PermitAll
    public ScienceArticleView read(@NotBlank @Size(max = 120) String slug) {
        return ScienceArticleView.of(visible(slug));
    }

    @PermitAll
    public ScienceImage image(@NotBlank @Size(max = 120) String slug) {
        ScienceArticle article = visible(slug);
        if (!article.hasImage()) {
            throw new UnknownEntityException("image", slug);
        }
        return new ScienceImage(article.image(), article.imageType());
    }

    private ScienceArticle visible(String slug) {
        ScienceArticle article = bySlug(slug);
        if (article == null || (!article.isPublished() && !caller.isCallerInRole("EDITOR"))) {
            throw new UnknownEntityException("science", slug);
        }
        return article;
    }

    private ScienceArticle required(String slug) {
        ScienceArticle article = bySlug(slug);
        if (article == null) {
            throw new UnknownEntityException("science", slug);
        }
        return article;
    }

    private ScienceArticle bySlug(String slug) {
        return entityManager.createNamedQuery(ScienceArticle.BY_SLUG, ScienceArticle.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElse(null);
    }

    private org.anquan.platform.account.boundary.AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF;
    }
}
