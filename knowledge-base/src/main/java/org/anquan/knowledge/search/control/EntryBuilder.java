package org.anquan.knowledge.search.control;

import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.law.control.NodeKind;
import org.anquan.knowledge.law.control.Timeline;
import org.anquan.knowledge.law.entity.Version;
import org.anquan.knowledge.law.entity.VersionNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns a document and its versions into index entries: one per article of every version, and a title card. */
public final class EntryBuilder {

    private EntryBuilder() {
    }

    public static List<IndexEntry> entries(Document document, List<Version> versions, LocalDate today, long readAt) {
        Version current = Timeline.current(versions, today);
        if (current == null && !versions.isEmpty()) {
            current = versions.get(versions.size() - 1);
        }
        List<IndexEntry> entries = new ArrayList<>();
        String titleWords = ChineseSegmenter.indexForm(document.title());
        String names = document.docNumber() == null ? document.names()
                : document.names() == null ? document.docNumber() : document.names() + "|" + document.docNumber();
        List<String> industries = split(document.industries());
        Integer year = document.publishedOn() == null ? null : document.publishedOn().getYear();
        for (Version version : versions) {
            boolean isCurrent = version == current;
            String chapter = null;
            String section = null;
            for (VersionNode node : version.nodes()) {
                if (node.kind() == NodeKind.PART || node.kind() == NodeKind.CHAPTER) {
                    chapter = heading(node);
                    section = null;
                } else if (node.kind() == NodeKind.SECTION) {
                    section = heading(node);
                } else if (node.kind() == NodeKind.ARTICLE) {
                    String heading = section == null ? chapter : chapter == null ? section : chapter + " " + section;
                    entries.add(new IndexEntry(KnowledgeIndex.ARTICLE, document.id(), document.slug(),
                            version.sourcePath(), version.label(), isCurrent, node.anchor(), node.number(),
                            node.label(), heading, version.title(), titleWords, names, node.body(),
                            ChineseSegmenter.indexForm(node.body()), document.kind().name(), document.kindRank(),
                            document.status().name(), document.region(), document.locality(), year, industries,
                            document.issuingBody(), iso(document.publishedOn()), iso(document.effectiveOn()),
                            null, readAt));
                }
            }
        }
        Set<String> suggest = new LinkedHashSet<>();
        suggest.add(document.title());
        split(document.names()).forEach(suggest::add);
        String shortName = document.shortTitle() != null ? document.shortTitle() : document.title();
        suggest.add(ChineseSegmenter.pinyin(shortName));
        suggest.add(ChineseSegmenter.pinyinInitials(shortName));
        suggest.removeIf(String::isBlank);
        String summary = document.summary() == null ? "" : document.summary();
        entries.add(new IndexEntry(KnowledgeIndex.DOCUMENT, document.id(), document.slug(),
                current == null ? null : current.sourcePath(), current == null ? null : current.label(), true,
                "document", null, null, null, document.title(), titleWords, names, summary,
                ChineseSegmenter.indexForm(summary), document.kind().name(), document.kindRank(),
                document.status().name(), document.region(), document.locality(), year, industries,
                document.issuingBody(), iso(document.publishedOn()), iso(document.effectiveOn()),
                List.copyOf(suggest), readAt));
        return entries;
    }

    /** An entry for a published interpretation or answered question about a document (or about no document). */
    public static IndexEntry commentary(String type, String anchor, Document document, String versionLabel,
                                        Integer article, String title, String text, long readAt) {
        String plain = text == null ? "" : text;
        return new IndexEntry(type, document == null ? 0 : document.id(), document == null ? null : document.slug(),
                null, versionLabel, true, anchor, article, title, null,
                document == null ? title : document.title(), ChineseSegmenter.indexForm(title),
                null, plain, ChineseSegmenter.indexForm(title + " " + plain),
                document == null ? null : document.kind().name(), document == null ? 100 : document.kindRank(),
                null, document == null ? null : document.region(), document == null ? null : document.locality(),
                null, document == null || document.industries() == null ? List.of()
                : Arrays.asList(document.industries().split("\\|")),
                document == null ? null : document.issuingBody(), null, null, null, readAt);
    }

    /** An entry for a published science article. */
    public static IndexEntry science(String slug, String title, String topic, String industry, String text,
                                     long readAt) {
        return new IndexEntry("SCIENCE", 0, slug, null, null, true, "sci-" + slug, null, title, topic, title,
                ChineseSegmenter.indexForm(title), null, text, ChineseSegmenter.indexForm(title + " " + text), null,
                100, null, null, null, null, industry == null ? List.of() : List.of(industry), null, null, null,
                List.of(title), readAt);
    }

    private static String heading(VersionNode node) {
        return node.label() == null ? node.heading()
                : node.heading() == null ? node.label() : node.label() + " " + node.heading();
    }

    private static List<String> split(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split("\\|"));
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
