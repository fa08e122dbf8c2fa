package org.anquan.systemtests;

import jakarta.json.JsonObject;
import org.anquan.devstack.TestServers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The knowledge base through its API: imports, reading, versions, comparison, search, outage and catch-up. */
@SystemTest
class KnowledgeIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    private static JsonObject search(String query, String... parameters) {
        HttpResponse<String> response = Http.get("api/v1/search?q=" + Http.encode(query) + String.join("", parameters));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.object(response);
    }

    @Test
    void importReportsABrokenFileAndASecondImportChangesNothing() {
        JsonObject first = Statutes.fixturesImported();
        assertThat(first.getInt("total")).isEqualTo(4);
        assertThat(first.getInt("failed")).isEqualTo(1);
        assertThat(first.getJsonArray("errors").getString(0)).contains("broken/无标题.md");
        JsonObject again = Statutes.importFolder(Statutes.FIXTURES);
        assertThat(again.getInt("unchanged")).isEqualTo(3);
        assertThat(again.getInt("created") + again.getInt("updated")).isZero();
    }

    @Test
    void readsVersionsArticlesAndTheTextInForceOnADay() {
        Statutes.fixturesImported();
        String base = "api/v1/documents/" + Statutes.FIXTURE_SLUG;
        List<JsonObject> versions = Http.array(Http.get(base + "/versions")).getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getString("label")).containsExactly("2020-01-01", "2024-06-01");
        assertThat(versions.get(1).getBoolean("current")).isTrue();

        JsonObject article = Http.object(Http.get(base + "/versions/2020-01-01/articles/art-3"));
        assertThat(article.getString("label")).isEqualTo("第三条");
        assertThat(article.getJsonArray("paragraphs").getJsonObject(1).getString("anchor")).isEqualTo("art-3-i1");

        assertThat(Http.object(Http.get(base + "/in-force?date=2022-05-01")).getString("version"))
                .isEqualTo("2020-01-01");
        assertThat(Http.object(Http.get(base + "/in-force?date=2025-01-01")).getString("version"))
                .isEqualTo("2024-06-01");
        HttpResponse<String> before = Http.get(base + "/in-force?date=2010-01-01");
        assertThat(before.statusCode()).isEqualTo(422);
        assertThat(Http.get(base + "/in-force?date=yesterday").statusCode()).isEqualTo(400);
        assertThat(Http.get(base + "/versions/1999-01-01").statusCode()).isEqualTo(404);
    }

    @Test
    void comparesTwoVersionsArticleByArticle() {
        Statutes.fixturesImported();
        JsonObject diff = Http.object(Http.get("api/v1/documents/" + Statutes.FIXTURE_SLUG
                + "/diff?from=2020-01-01&to=2024-06-01"));
        List<JsonObject> lines = diff.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(line -> line.getString("change"))
                .contains("CHANGED", "REMOVED").doesNotContain("ADDED");
        JsonObject duties = lines.stream().filter(line -> "CHANGED".equals(line.getString("change"))
                && line.getJsonObject("after").getString("anchor").equals("art-3")).findFirst().orElseThrow();
        assertThat(duties.getString("html")).contains("<ins>全员</ins>").contains("开展应急演练");
    }

    @Test
    void citationsTitlesAndPlacesOnTheCorpus() {
        Statutes.corpusImported();
        JsonObject cited = search("安全生产法第二十一条");
        assertThat(cited.getBoolean("citation")).isTrue();
        JsonObject first = Statutes.hits(cited).get(0);
        assertThat(first.getString("title")).isEqualTo("中华人民共和国安全生产法");
        assertThat(first.getInt("article")).isEqualTo(21);

        JsonObject pinyin = search("anquanshengchanfa");
        assertThat(Statutes.hits(pinyin).get(0).getString("title")).isEqualTo("中华人民共和国安全生产法");

        JsonObject fire = search("动火作业", "&kind=LAW");
        assertThat(Statutes.hits(fire)).isNotEmpty().allMatch(hit -> hit.getString("kind").equals("LAW"));
        assertThat(fire.getJsonObject("facets").getJsonArray("kind")).isNotEmpty();

        JsonObject beijing = search("北京 安全生产 责任制");
        assertThat(Statutes.hits(beijing).get(0).getString("locality")).isEqualTo("北京");

        String slug = slugOf("中华人民共和国突发事件应对法");
        List<JsonObject> versions = Http.array(Http.get("api/v1/documents/" + slug + "/versions"))
                .getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getString("label")).containsExactly("2007-08-30", "2024-06-28");
        JsonObject diff = Http.object(Http.get("api/v1/documents/" + slug + "/diff?from=2007-08-30&to=2024-06-28"));
        assertThat(diff.getJsonArray("lines").getValuesAs(JsonObject.class))
                .filteredOn(line -> "CHANGED".equals(line.getString("change"))).hasSizeGreaterThan(10);
    }

    private static String slugOf(String title) {
        JsonObject page = search(title);
        return Statutes.hits(page).stream().filter(hit -> hit.getString("title").equals(title)).findFirst()
                .orElseThrow().getString("slug");
    }

    @Test
    void suggestsNamesAsOneTypes() {
        Statutes.fixturesImported();
        JsonObject names = Http.object(Http.get("api/v1/search/suggest?q=" + Http.encode("示例")));
        assertThat(names.getJsonArray("names").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("示例安全法");
        JsonObject pinyin = Http.object(Http.get("api/v1/search/suggest?q=shili"));
        assertThat(pinyin.getJsonArray("names").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("中华人民共和国示例安全法");
    }

    @Test
    void aRebuildKeepsSearchAnswering() {
        Statutes.fixturesImported();
        String token = Statutes.adminToken();
        String active = Statutes.indexState(token).getString("active", "");
        // the answer names the index being filled (this one, or one that was already running)
        String[] building = {filling(startRebuild(token))};
        assertThat(building[0]).as("the rebuild fills a new index").isNotEqualTo(active);
        int[] searches = {0};
        // follow the one rebuild: searches keep answering from the old index until the alias moves
        JsonObject done = Statutes.await(Duration.ofMinutes(3), () -> {
            assertThat(Statutes.hits(search("示例单位 职责"))).as("search during the rebuild").isNotEmpty();
            searches[0]++;
            JsonObject state = Statutes.indexState(token);
            if (state.getBoolean("stalled", false)) {
                // only a rebuild whose instance stopped reporting is started again (it is taken over)
                building[0] = filling(startRebuild(token));
                return null;
            }
            return state.containsKey("building") && !state.isNull("building") ? null : state;
        });
        assertThat(searches[0]).isPositive();
        assertThat(done.getString("active", "")).as("the alias moved to the rebuilt index (not a failed rebuild)")
                .isEqualTo(building[0]);
        assertThat(done.getInt("done")).isEqualTo(done.getInt("total"));
        assertThat(Statutes.hits(search("示例单位 职责"))).isNotEmpty();
    }

    @Test
    void aStalledRebuildIsReportedAndTakenOver() {
        Statutes.fixturesImported();
        String token = Statutes.adminToken();
        Statutes.rebuildFinished(token);
        String active = Statutes.indexState(token).getString("active", "");
        // an instance began a rebuild and died: its heartbeat is ten minutes old
        Exams.update("UPDATE kb_index_state SET building = 'anquan-kb-abandoned', total = 9, done = 3,"
                + " heartbeat_at = UTC_TIMESTAMP(6) - INTERVAL 10 MINUTE WHERE id = 1");
        JsonObject stalled = Statutes.indexState(token);
        assertThat(stalled.getBoolean("stalled")).isTrue();
        String building = filling(startRebuild(token));
        assertThat(building).isNotIn("anquan-kb-abandoned", active);
        JsonObject done = Statutes.await(Duration.ofMinutes(3), () -> {
            JsonObject state = Statutes.indexState(token);
            return state.containsKey("building") && !state.isNull("building") ? null : state;
        });
        assertThat(done.getString("active")).isEqualTo(building);
        assertThat(done.getBoolean("stalled")).isFalse();
        assertThat(Statutes.hits(search("示例单位 职责"))).isNotEmpty();
    }

    /** The index a rebuild fills; the active one already when a small rebuild ended before its start answered. */
    private static String filling(JsonObject state) {
        return state.containsKey("building") && !state.isNull("building") ? state.getString("building")
                : state.getString("active");
    }

    private static JsonObject startRebuild(String token) {
        HttpResponse<String> started = Http.send(HttpRequest.newBuilder(Http.uri("api/v1/admin/search-index/rebuild"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return Http.object(started);
    }

    @Test
    void changesMadeWhileSearchIsDownAreIndexedWhenItReturns() {
        Statutes.fixturesImported();
        String marker = "追赶" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "");
        String title = "西海市" + marker + "条例";
        byte[] zip = Statutes.zip(Map.of("西海/" + title + ".md", "# " + title + "\n\n<!-- INFO END -->\n\n"
                + "第一条 为了验证索引追赶，制定本条例。\n\n第二条 " + marker + "演练应当每年组织一次。\n"));
        try {
            TestServers.stopSearch();
            JsonObject job = Statutes.importZip(zip, "catch-up.zip", false);
            assertThat(job.getInt("created")).isEqualTo(1);
            JsonObject degraded = search(marker + "演练");
            assertThat(degraded.getBoolean("degraded")).isTrue();
            assertThat(Statutes.hits(degraded)).extracting(hit -> hit.getString("title")).contains(title);
        } finally {
            TestServers.search();
        }
        // the place is named, as a reader looking for a local rule would
        JsonObject found = Statutes.await(Duration.ofSeconds(90), () -> {
            JsonObject page = search("西海 " + marker + "演练");
            return !page.getBoolean("degraded") && Statutes.hits(page).stream()
                    .anyMatch(hit -> hit.getString("title").equals(title)) ? page : null;
        });
        assertThat(Statutes.hits(found).get(0).getString("title")).isEqualTo(title);
    }

    @Test
    void questionsAreLimitedPerReaderAndHelpfulCountsOncePerReader() {
        String token = AuthorizationMatrixIT.token("organiser@demo.anquan", SecurityIT.DEMO_PASSWORD);
        int created = 0;
        HttpResponse<String> response;
        do {
            response = Http.send(HttpRequest.newBuilder(Http.uri("api/v1/questions"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"问题 " + created
                            + "\",\"body\":\"限流测试\"}", java.nio.charset.StandardCharsets.UTF_8)));
            if (response.statusCode() == 201) {
                created++;
            }
        } while (response.statusCode() == 201 && created < 10);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(created).isLessThanOrEqualTo(5);
        assertThat(Http.object(response).getString("title")).contains("每小时最多 5 个");

        HttpResponse<String> bad = Http.send(HttpRequest.newBuilder(Http.uri("api/v1/questions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"\"}")));
        assertThat(bad.statusCode()).isEqualTo(400);

        String citizen = AuthorizationMatrixIT.token("citizen@demo.anquan", SecurityIT.DEMO_PASSWORD);
        int first = helpful(citizen);
        assertThat(helpful(citizen)).isEqualTo(first);
        assertThat(Http.object(Http.get("api/v1/questions/1")).getInt("helpful")).isEqualTo(first);
    }

    private static int helpful(String token) {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(Http.uri("api/v1/questions/1/helpful"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(200);
        return Http.object(response).getInt("helpful");
    }

    @Test
    void scienceArticlesAndAnswersAreFoundInTheSameSearchBox() {
        Statutes.indexed(Statutes.adminToken());
        JsonObject page = search("燃气 泄漏", "&type=SCIENCE");
        assertThat(Statutes.hits(page)).extracting(hit -> hit.getString("type")).containsOnly("SCIENCE");
        assertThat(Statutes.hits(page).get(0).getString("label")).isEqualTo("家用燃气：闻到异味先做三件事");
        JsonObject answers = search("新员工 安全培训", "&type=QUESTION");
        assertThat(Statutes.hits(answers)).extracting(hit -> hit.getString("label"))
                .contains("新员工上岗前必须接受安全培训吗？");
        HttpResponse<String> image = Http.get("science/image?slug=no-such-article");
        assertThat(image.statusCode()).isEqualTo(404);
    }
}
