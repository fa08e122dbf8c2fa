package org.anquan.knowledge.search.boundary;

/**
 * A found article (or, later, interpretation, question or science article): where it is and a fragment with the
 * matched words in {@code <mark>}; the fragment is HTML-escaped apart from those tags. {@code path} is the
 * version's source path (for evaluation runs).
 */
public record ArticleHit(String type, long documentId, String slug, String title, String kind, String status,
                         String locality, String versionLabel, boolean current, String anchor, Integer article,
                         String label, String heading, String fragment, String path) {

    /** The article's URL below the context root: /laws/{slug}/{version}#art-21. */
    public String href() {
        return switch (type) {
            case "QUESTION" -> "/questions/view.xhtml?id=" + anchor.substring(2);
            case "SCIENCE" -> "/science/article.xhtml?slug=" + slug;
            default -> slug == null ? "/laws/" : versionLabel == null ? "/laws/" + slug
                    : "/laws/" + slug + "/" + versionLabel + (anchor == null ? "" : "#" + anchor);
        };
    }
}
