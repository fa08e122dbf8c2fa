package org.anquan.knowledge.search.control;

/** The search index's copy of a document; dates as ISO strings, as Elasticsearch stores them. */
public record IndexedDocument(long id, String slug, String title, String shortTitle, String docNumber, String kind,
                              String status, String issuingBody, String publishedOn, String effectiveOn,
                              String summary) {
}
