package org.anquan.knowledge.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.anquan.devstack.TestServers;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.law.control.FolderImport;
import org.anquan.knowledge.law.control.KnownStatutes;
import org.anquan.knowledge.law.control.StatuteFolder;
import org.anquan.knowledge.law.control.StatuteImporter;
import org.anquan.knowledge.law.entity.Version;
import org.anquan.knowledge.schema.KnowledgeSchema;
import org.anquan.knowledge.search.control.EntryBuilder;
import org.anquan.knowledge.search.control.FoundEntry;
import org.anquan.knowledge.search.control.IndexEntry;
import org.anquan.knowledge.search.control.KnowledgeIndex;
import org.anquan.knowledge.search.control.KnowledgeSearch;
import org.anquan.knowledge.search.control.NameDirectory;
import org.anquan.knowledge.search.control.SearchClients;
import org.anquan.knowledge.search.control.SearchFilters;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The search over the 104 statutes of the shared corpus on a real Elasticsearch: what a reader sees first for
 * citations, titles in pinyin, traditional characters or with a typo, and national before local texts. When the
 * relevance folder is there it also writes the run for its scorer to target/search-run.jsonl.
 */
class SearchQualityTest {

    static final Path CORPUS = Path.of(System.getProperty("anquan.laws", "../../shared/data/laws"));
    static final Path RELEVANCE = CORPUS.resolveSibling("relevance");
    private static PersistenceFixture fixture;
    private static KnowledgeIndex index;
    private static String concrete;
    private static NameDirectory names;

    @BeforeAll
    static void importAndIndex() {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("metadata.tsv")), "no statute corpus at " + CORPUS);
        fixture = PersistenceFixture.migrated(KnowledgeSchema.MODULE, false).withPersistenceUnit("kb");
        LocalDate today = LocalDate.of(2026, 11, 29);
        FolderImport.run(new StatuteFolder(CORPUS), new StatuteImporter(KnownStatutes.builtIn(), today),
                fixture::inTransaction, (d, t, p, o, e) -> { }, Clock.systemUTC());
        ElasticsearchClient client = SearchClients.connect(TestServers.search().url());
        index = new KnowledgeIndex(client, "quality-" + ProcessHandle.current().pid());
        concrete = index.newIndexName();
        index.create(concrete);
        long readAt = System.currentTimeMillis();
        List<Document> documents = fixture.inTransaction(em -> {
            List<Document> all = em.createNamedQuery(Document.ALL_BY_RANK, Document.class).getResultList();
            List<IndexEntry> entries = new ArrayList<>();
            for (Document document : all) {
                List<Version> versions = em.createNamedQuery(Version.OF_DOCUMENT, Version.class)
                        .setParameter("document", document.id()).getResultList();
                entries.addAll(EntryBuilder.entries(document, versions, today, readAt));
            }
            for (int from = 0; from < entries.size(); from += 1000) {
                index.write(concrete, entries.subList(from, Math.min(entries.size(), from + 1000)), readAt, false);
            }
            return all;
        });
        index.write(concrete, List.of(), readAt, true);
        index.switchTo(concrete);
        names = NameDirectory.of(documents);
        try {
            client.indices().refresh(r -> r.index(concrete));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void drop() {
        if (fixture != null) {
            index.delete(concrete);
            fixture.close();
        }
    }

    private static List<FoundEntry> search(String query) {
        return KnowledgeSearch.search(index, names, query, SearchFilters.NONE, 10).hits();
    }

    private static String first(String query) {
        List<FoundEntry> hits = search(query);
        assertThat(hits).as(query).isNotEmpty();
        IndexEntry entry = hits.get(0).entry();
        return entry.title() + "#" + entry.article();
    }

    @Test
    void citationsJumpToTheArticle() {
        assertThat(first("安全生产法第二十一条")).isEqualTo("中华人民共和国安全生产法#21");
        assertThat(first("安全生产法 第21条")).isEqualTo("中华人民共和国安全生产法#21");
        assertThat(first("消防法 第十六条")).isEqualTo("中华人民共和国消防法#16");
        assertThat(first("危化品条例第24条")).isEqualTo("危险化学品安全管理条例#24");
        assertThat(first("现行突发事件应对法第四十四条")).isEqualTo("中华人民共和国突发事件应对法#44");
        assertThat(search("现行突发事件应对法第四十四条").get(0).entry().versionLabel()).isEqualTo("2024-06-28");
    }

    @Test
    void titlesInPinyinTraditionalCharactersOrWithATypo() {
        assertThat(first("anquanshengchanfa")).startsWith("中华人民共和国安全生产法#");
        assertThat(first("危險化學品安全管理條例")).startsWith("危险化学品安全管理条例#");
        assertThat(first("危险化学品安全管里条例")).startsWith("危险化学品安全管理条例#");
        assertThat(first("安法")).startsWith("中华人民共和国安全生产法#");
    }

    @Test
    void nationalRulesComeFirstUnlessAPlaceIsNamed() {
        List<FoundEntry> hits = search("动火作业 审批");
        assertThat(hits.get(0).entry().locality()).isNull();
        List<FoundEntry> beijing = search("北京 动火作业");
        assertThat(beijing.get(0).entry().locality()).isEqualTo("北京");
    }

    @Test
    void oldVersionsOnlyWhenAsked() {
        List<FoundEntry> hits = search("突发事件 应急 预案");
        assertThat(hits).allMatch(hit -> hit.entry().current());
        List<FoundEntry> old = KnowledgeSearch.search(index, names, "突发事件应对法第四十四条",
                new SearchFilters(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, true),
                10).hits();
        assertThat(old).extracting(hit -> hit.entry().versionLabel()).contains("2007-08-30", "2024-06-28");
    }

    @Test
    void highlightsTheWordsFound() {
        List<FoundEntry> hits = search("特种作业人员 持证上岗");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).fragment()).contains("<mark>");
    }

    @Test
    void writesTheRunForTheScorer() throws IOException {
        Path queries = RELEVANCE.resolve("dev.jsonl");
        assumeTrue(Files.isRegularFile(queries));
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject query = Json.createReader(new StringReader(line)).readObject();
            var results = Json.createArrayBuilder();
            for (FoundEntry hit : search(query.getString("query"))) {
                if (hit.entry().article() != null) {
                    results.add(Json.createObjectBuilder().add("path", hit.entry().path())
                            .add("article", hit.entry().article()));
                }
            }
            lines.add(Json.createObjectBuilder().add("id", query.getString("id")).add("results", results)
                    .build().toString());
        }
        Path run = Path.of("target", "search-run.jsonl");
        Files.write(run, lines, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(30);
    }
}
