package org.anquan.knowledge.document.boundary;

import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.document.entity.DocumentKind;
import org.anquan.knowledge.document.entity.DocumentStatus;

import java.time.LocalDate;

/** What pages and the API show of a document. */
public record DocumentView(long id, String slug, String title, String shortTitle, String docNumber,
                           DocumentKind kind, DocumentStatus status, String issuingBody,
                           LocalDate publishedOn, LocalDate effectiveOn, String summary) {

    static DocumentView of(Document document) {
        return new DocumentView(document.id(), document.slug(), document.title(), document.shortTitle(),
                document.docNumber(), document.kind(), document.status(), document.issuingBody(),
                document.publishedOn(), document.effectiveOn(), document.summary());
    }
}
