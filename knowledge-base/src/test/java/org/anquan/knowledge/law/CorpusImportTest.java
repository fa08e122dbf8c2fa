package org.anquan.knowledge.law;

import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.document.entity.DocumentStatus;
import org.anquan.knowledge.law.control.FolderImport;
import org.anquan.knowledge.law.control.KnownStatutes;
import org.anquan.knowledge.law.control.Sheets;
import org.anquan.knowledge.law.control.StatuteFolder;
import org.anquan.knowledge.law.control.StatuteImporter;
import org.anquan.knowledge.schema.KnowledgeSchema;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The 104 statute files of the shared corpus, when the folder is there (CI has it). */
class CorpusImportTest {

    static final Path CORPUS = Path.of(System.getProperty("anquan.laws", "../../shared/data/laws"));
    private static PersistenceFixture fixture;
    private static FolderImport.Report first;
    private static FolderImport.Report second;

    @BeforeAll
    static void importTwice() {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("metadata.tsv")), "no statute corpus at " + CORPUS);
        fixture = PersistenceFixture.migrated(KnowledgeSchema.MODULE, false).withPersistenceUnit("kb");
        StatuteFolder folder = new StatuteFolder(CORPUS);
        StatuteImporter importer = new StatuteImporter(KnownStatutes.builtIn(), LocalDate.of(2026, 11, 29));
        first = FolderImport.run(folder, importer, fixture::inTransaction, (d, t, p, o, e) -> { },
                Clock.systemUTC());
        second = FolderImport.run(folder, importer, fixture::inTransaction, (d, t, p, o, e) -> { },
                Clock.systemUTC());
    }

    @AfterAll
    static void drop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void everyFileIsImportedAndASecondImportChangesNothing() {
        assertThat(first.errors()).isEmpty();
        assertThat(first.total()).isEqualTo(104);
        assertThat(first.created()).isEqualTo(101);
        assertThat(first.updated()).isEqualTo(3); // the second versions of three acts
        assertThat(second.unchanged()).isEqualTo(104);
        assertThat(count("SELECT COUNT(*) FROM kb_document")).isEqualTo(101);
        assertThat(count("SELECT COUNT(*) FROM kb_version")).isEqualTo(104);
    }

    @Test
    void articleCountsMatchTheSheetAndHeadingsAreKept() throws IOException {
        List<Map<String, String>> rows;
        try (var reader = Files.newBufferedReader(CORPUS.resolve("metadata.tsv"))) {
            rows = Sheets.read(reader);
        }
        Map<String, long[]> stored = new HashMap<>();
        fixture.run(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> result = em.createNativeQuery("""
                    SELECT v.source_path, SUM(n.kind = 'ARTICLE'), SUM(n.kind IN ('PART', 'CHAPTER', 'SECTION'))
                    FROM kb_version v JOIN kb_node n ON n.version_id = v.id GROUP BY v.source_path""").getResultList();
            result.forEach(row -> stored.put((String) row[0],
                    new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        });
        long articles = 0;
        for (Map<String, String> row : rows) {
            String path = row.get("path");
            assertThat(stored).containsKey(path);
            assertThat(stored.get(path)[0]).as(path).isEqualTo(Long.parseLong(row.get("articles")));
            long headings = Files.readAllLines(CORPUS.resolve(path), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("## ") || line.startsWith("### ")).count();
            assertThat(stored.get(path)[1]).as(path).isEqualTo(headings);
            articles += stored.get(path)[0];
        }
        assertThat(articles).isEqualTo(6293);
    }

    @Test
    void pairsOfVersionsBelongToOneDocument() {
        for (String title : List.of("中华人民共和国突发事件应对法", "中华人民共和国矿产资源法", "北京市安全生产条例")) {
            assertThat(count("SELECT COUNT(*) FROM kb_version v JOIN kb_document d ON d.id = v.document_id "
                    + "WHERE d.source_key = '" + title + "'")).as(title).isEqualTo(2);
        }
        Document emergencies = fixture.inTransaction(em -> em.createNamedQuery(Document.BY_SOURCE_KEY,
                Document.class).setParameter("key", "中华人民共和国突发事件应对法").getSingleResult());
        assertThat(emergencies.publishedOn()).isEqualTo(LocalDate.of(2024, 6, 28));
        Document repealed = fixture.inTransaction(em -> em.createNamedQuery(Document.BY_SOURCE_KEY,
                Document.class).setParameter("key", "煤矿安全监察条例").getSingleResult());
        assertThat(repealed.status()).isEqualTo(DocumentStatus.REPEALED);
        assertThat(count("SELECT COUNT(*) FROM kb_relation WHERE kind = 'REPLACES'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM kb_document WHERE kind = 'LOCAL_REGULATION' AND region IS NULL"))
                .isZero();
    }

    private long count(String sql) {
        return fixture.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
