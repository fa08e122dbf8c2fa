package org.anquan.knowledge.search.control;

import java.util.List;

/**
 * One searchable unit in the index: an article of a version (type ARTICLE), a document's title card (DOCUMENT),
 * or later interpretations, answered questions and science articles. Text fields come twice: as characters for
 * phrase recall ({@code text}, {@code title}) and as HanLP words joined by spaces ({@code textWords},
 * {@code titleWords}). {@code readAt} is when the database state was read; stale writes lose against it.
 */
public record IndexEntry(String type, long documentId, String slug, String path, String versionLabel,
                         boolean current, String anchor, Integer article, String label, String heading,
                         String title, String titleWords, String names, String text, String textWords,
                         String kind, int kindRank, String status, String region, String locality, Integer year,
                         List<String> industries, String issuingBody, String publishedOn, String effectiveOn,
                         List<String> suggest, long readAt) {
}
