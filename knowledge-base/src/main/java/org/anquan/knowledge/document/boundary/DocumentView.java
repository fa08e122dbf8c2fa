package org.anquan.knowledge.document.boundary;

import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.document.entity.DocumentKind;
import org.anquan.knowledge.document.entity.DocumentStatus;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What pages and the API show of a document. {@code names} are short names and abbreviations. */
public record DocumentView(long id, String slug, String title, String shortTitle, String docNumber,
                           DocumentKind kind, DocumentStatus status, String issuingBody,
                           LocalDate publishedOn, LocalDate effectiveOn, String summary, List<String> names,
                           String region, String locality, List<String> industries) {

    public static DocumentView of(Document document) {
        return new DocumentView(document.id(), document.slug(), document.title(), document.shortTitle(),
                document.docNumber(), document.kind(), document.status(), document.issuingBody(),
                document.publishedOn(), document.effectiveOn(), document.summary(), split(document.names()),
                document.region(), document.locality(), split(document.industries()));
    }

    private static List<String> split(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split("\\|"));
    }
}
