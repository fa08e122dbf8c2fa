package org.anquan.knowledge.commentary.control;

import jakarta.persistence.EntityManager;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.platform.html.control.RichText;

import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What interpretations and questions share: finding the document and article they are about, clean rich text. */
public final class Commentary {

    private Commentary() {
    }

    public static Document document(EntityManager em, String slug) {
        return em.createNamedQuery(Document.BY_SLUG, Document.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownEntityException("document", slug));
    }

    /** Refuses an article number that the version in force does not have. */
    public static void requireArticle(EntityManager em, Document document, Integer article) {
        if (article == null) {
            return;
        }
        long found = ((Number) em.createNativeQuery("""
                        SELECT COUNT(*) FROM kb_node WHERE version_id = ? AND kind = 'ARTICLE' AND number = ?""")
                .setParameter(1, document.currentVersionId() == null ? -1L : document.currentVersionId())
                .setParameter(2, article).getSingleResult()).longValue();
        if (found == 0) {
            throw new BusinessException("commentary.noSuchArticle", article);
        }
    }

    /**
     * Sanitised HTML; refuses text that is empty once unsafe markup is gone. Plain text (no tags) becomes
     * paragraphs, one per blank-line-separated block, with single line breaks kept.
     */
    public static String html(String html) {
        String source = html == null ? "" : html;
        if (!source.contains("<")) {
            StringBuilder paragraphs = new StringBuilder();
            for (String block : source.replace("\r\n", "\n").split("\n\\s*\n")) {
                if (!block.isBlank()) {
                    paragraphs.append("<p>").append(RichText.escape(block.strip()).replace("\n", "<br>"))
                            .append("</p>");
                }
            }
            source = paragraphs.toString();
        }
        String clean = RichText.sanitise(source);
        if (clean == null || clean.replaceAll("<[^>]*>", "").replace("&nbsp;", "").isBlank()) {
            throw new BusinessException("commentary.emptyText");
        }
        return clean;
    }

    /** Plain text of sanitised HTML, for the index. */
    public static String text(String html) {
        return html == null ? "" : html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }

    /** Writes an editorial decision (publish, send back, withdraw) to the audit trail. */
    public static void audit(AuditTrail trail, Instant now, AccountView actor, String action, String type,
                             Object id, String detail) {
        trail.record(new AuditEntry(now, actor.id(), actor.login(), action, type, String.valueOf(id),
                Outcome.SUCCESS, null, detail));
    }

    /** Documents by id, for showing titles and slugs beside commentary. */
    public static Map<Long, Document> documents(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Document.BY_IDS, Document.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Document::id, Function.identity()));
    }
}
