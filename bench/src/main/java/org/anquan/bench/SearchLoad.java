package org.anquan.bench;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Search: the statute corpus multiplied (variants of each text under other titles, imported with the import
 * command), then CLIENTS clients sending the dev queries and keyword mixes to the REST API, straight to
 * Elasticsearch (the limit) and as a MariaDB LIKE search over the same articles (the naive peer).
 */
final class SearchLoad {

    private static final int CLIENTS = 32;
    private static final List<String> KEYWORDS = List.of("安全生产", "责任制", "应急预案", "危险化学品", "特种作业",
            "隐患排查", "消防", "矿山", "建筑施工", "安全培训", "事故报告", "罚款", "生产经营单位", "主要负责人",
            "劳动防护用品", "重大危险源", "安全评价", "烟花爆竹", "道路运输", "职业病", "应急救援", "安全设施",
            "法律责任", "监督检查", "有限空间", "动火作业", "特种设备", "安全警示标志", "从业人员", "停产停业");
    static final List<String> QUERIES = new ArrayList<>();

    private final Stack stack;
    private final Report report;
    private final int copies;
    private final int seconds;

    SearchLoad(Stack stack, Report report, Options options) {
        this.stack = stack;
        this.report = report;
        this.copies = options.integer("copies", 9);
        this.seconds = options.integer("search-seconds", 20);
    }

    static synchronized List<String> queries(Stack stack) {
        if (QUERIES.isEmpty()) {
            Path dev = stack.root.resolve("../shared/data/relevance/dev.jsonl").normalize();
            try (Stream<String> lines = Files.lines(dev)) {
                lines.filter(line -> !line.isBlank())
                        .forEach(line -> QUERIES.add(((JsonObject) Stack.json(line)).getString("query")));
            } catch (IOException e) {
                System.err.println("[bench] no dev queries at " + dev + ": keyword mixes only");
            }
            Random random = new Random(7);
            for (int i = 0; i < 30; i++) {
                QUERIES.add(KEYWORDS.get(random.nextInt(KEYWORDS.size())) + (i % 3 == 0 ? ""
                        : " " + KEYWORDS.get(random.nextInt(KEYWORDS.size()))));
            }
        }
        return QUERIES;
    }

    static String pick(ThreadLocalRandom random) {
        List<String> queries = QUERIES.isEmpty() ? KEYWORDS : QUERIES;
        return queries.get(random.nextInt(queries.size()));
    }

    void run() throws Exception {
        queries(stack);
        long articles = articles();
        Path laws = stack.root.resolve("../shared/data/laws").normalize();
        long target = Math.round(6293.0 * (copies + 1) * 0.95);
        if (articles < target) {
            importCorpus(laws);
            articles = articles();
        } else {
            report.note("search: the corpus of " + articles + " articles was already imported (kept stack)");
        }
        awaitIndex();
        String name = "search (" + articles + " articles, " + CLIENTS + " clients)";
        Map<String, List<String>> portalRequests = captureRequests();
        Latencies app = load(query -> {
            HttpResponse<String> response = stack.send(HttpRequest.newBuilder(
                    stack.base.resolve("api/v1/search?q=" + Stack.encode(query))).header("Accept", "application/json").GET());
            return response.statusCode() == 200 ? null : "app " + response.statusCode();
        });
        Latencies raw = load(query -> {
            // the very requests the portal sent Elasticsearch for this query, one after the other as it does
            for (String body : portalRequests.getOrDefault(query, List.of())) {
                String error = searchDirect(body);
                if (error != null) {
                    return error;
                }
            }
            return null;
        });
        Latencies plain = load(query -> searchDirect("{\"size\":20,\"query\":{\"multi_match\":{\"query\":"
                + jsonString(query) + ",\"fields\":[\"text\",\"titleWords^1.5\",\"heading^0.5\",\"names^3\"]}},"
                + "\"highlight\":{\"fields\":{\"text\":{}}}}"));
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return stack.db();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Latencies like = load(query -> {
            // what the portal itself does while Elasticsearch is away: every word in the article, national texts
            // and higher ranks first, a page of 20 and the number of all matches
            String[] words = query.trim().split("\\s+");
            StringBuilder where = new StringBuilder(" FROM kb_node n JOIN kb_document d ON d.current_version_id = "
                    + "n.version_id WHERE n.kind = 'ARTICLE'");
            for (String ignored : words) {
                where.append(" AND (n.body LIKE ? OR d.title LIKE ?)");
            }
            for (String sql : List.of("SELECT n.id, d.slug, n.label" + where + " ORDER BY d.locality IS NOT NULL, "
                    + "d.kind_rank, d.id, n.position LIMIT 20", "SELECT COUNT(*)" + where)) {
                try (PreparedStatement statement = connections.get().prepareStatement(sql)) {
                    for (int i = 0; i < words.length; i++) {
                        statement.setString(2 * i + 1, "%" + words[i] + "%");
                        statement.setString(2 * i + 2, "%" + words[i] + "%");
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            rows.getString(1);
                        }
                    }
                }
            }
            return null;
        });
        double appQps = app.count() / (double) seconds;
        double rawQps = raw.count() / (double) seconds;
        double likeQps = like.count() / (double) seconds;
        report.add(name, "REST API p50 / p95 / p99", Report.ms(app.percentile(50)) + " / " + Report.ms(app.percentile(95))
                + " / " + Report.ms(app.percentile(99)), "p95 ≤ 50 ms", app.percentile(95) <= 50);
        report.add(name, "REST API queries/s", Report.number(appQps, "/s"), null, null);
        report.add(name, "limit: the portal's own Elasticsearch requests sent direct p50 / p95, queries/s",
                Report.ms(raw.percentile(50)) + " / " + Report.ms(raw.percentile(95)) + ", " + Report.number(rawQps, "/s"),
                null, null);
        double ratio = app.percentile(95) / raw.percentile(95);
        report.add(name, "app / its own requests direct (p95)", String.format(java.util.Locale.ROOT, "%.1f×", ratio),
                "≤ 1.5×", ratio <= 1.5);
        report.add(name, "reference: a bare multi_match with highlight direct p50 / p95, queries/s",
                Report.ms(plain.percentile(50)) + " / " + Report.ms(plain.percentile(95)) + ", "
                        + Report.number(plain.count() / (double) seconds, "/s"), null, null);
        report.add(name, "peer: MariaDB LIKE p50 / p95, queries/s", Report.ms(like.percentile(50)) + " / "
                + Report.ms(like.percentile(95)) + ", " + Report.number(likeQps, "/s"), null, null);
        double faster = like.percentile(95) / app.percentile(95);
        report.add(name, "LIKE p95 / app p95 (how much faster the app is)",
                String.format(java.util.Locale.ROOT, "%.1f×", faster), "≥ 10×", faster >= 10);
        int errors = app.errors() + raw.errors() + plain.errors() + like.errors();
        report.add(name, "errors", errors + (errors > 0 ? " (first: " + firstError(app, raw, plain, like) + ")" : ""), "0",
                errors == 0);
        report.note("search: " + QUERIES.size() + " queries (" + (QUERIES.size() - 30) + " dev queries and 30 keyword "
                + "mixes), " + seconds + " s per target after a warm-up of the same load; the portal's own Elasticsearch requests were read from "
                + "Elasticsearch's search slow log (threshold 0 while each query was sent once); the bare multi_match "
                + "shows what the ranking (phrases, place and kind weights), the facets and the exact total cost; "
                + "the LIKE peer is the portal's own database fallback (ranked page of 20 and the total)");
    }

    /** Sends each query once through the API and reads the Elasticsearch requests it made from the slow log. */
    private Map<String, List<String>> captureRequests() throws Exception {
        Path logs = stack.var.resolve("elasticsearch/logs");
        Path slowLog;
        try (Stream<Path> files = Files.list(logs)) {
            slowLog = files.filter(file -> file.getFileName().toString().endsWith("_index_search_slowlog.json"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no search slow log in " + logs));
        }
        slowLogThreshold("0ms");
        Map<String, List<String>> requests = new HashMap<>();
        try {
            for (String query : QUERIES) {
                long before = Files.size(slowLog);
                HttpResponse<String> response = stack.send(HttpRequest.newBuilder(
                        stack.base.resolve("api/v1/search?q=" + Stack.encode(query))).GET());
                Stack.require(response, 200);
                Thread.sleep(200);
                List<String> bodies = new ArrayList<>();
                try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(slowLog.toFile(), "r")) {
                    file.seek(before);
                    byte[] added = new byte[(int) (file.length() - before)];
                    file.readFully(added);
                    for (String line : new String(added, StandardCharsets.UTF_8).split("\n")) {
                        if (line.isBlank()) {
                            continue;
                        }
                        String logged = ((JsonObject) Stack.json(line)).getString("elasticsearch.slowlog.source", null);
                        // the log escapes the request once more, as the content of a JSON string
                        String source = logged == null ? null
                                : ((jakarta.json.JsonArray) Stack.json("[\"" + logged + "\"]")).getString(0);
                        // the query phase and the fetch phase of one request log the same source
                        if (source != null && (bodies.isEmpty() || !bodies.get(bodies.size() - 1).equals(source))) {
                            bodies.add(source);
                        }
                    }
                }
                requests.put(query, bodies);
            }
        } finally {
            slowLogThreshold("-1");
        }
        return requests;
    }

    private void slowLogThreshold(String threshold) throws Exception {
        Stack.require(stack.send(HttpRequest.newBuilder(java.net.URI.create(stack.searchUrl + "/anquan-kb/_settings"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"index.search.slowlog.threshold.query.warn\":\"" + threshold + "\","
                                + "\"index.search.slowlog.threshold.fetch.warn\":\"" + threshold + "\"}"))), 200);
    }

    private String searchDirect(String body) {
        HttpResponse<String> response = stack.send(HttpRequest.newBuilder(
                java.net.URI.create(stack.searchUrl + "/anquan-kb/_search")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        return response.statusCode() == 200 ? null : "elasticsearch " + response.statusCode() + " "
                + Stack.abbreviate(response.body());
    }

    private static String firstError(Latencies... all) {
        for (Latencies latencies : all) {
            if (latencies.firstError() != null) {
                return latencies.firstError();
            }
        }
        return "";
    }

    interface Query {
        String send(String query) throws Exception;
    }

    /** Each target first gets a third of the measured time (at most 10 s) of the same load, not counted. */
    private Latencies load(Query query) throws InterruptedException {
        run(query, Math.min(10, Math.max(1, seconds / 3)), new Latencies());
        return run(query, seconds, new Latencies());
    }

    private Latencies run(Query query, int seconds, Latencies latencies) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int i = 0; i < CLIENTS; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String text = pick(ThreadLocalRandom.current());
                    long t = System.nanoTime();
                    try {
                        String error = query.send(text);
                        if (error == null) {
                            latencies.record(System.nanoTime() - t);
                        } else {
                            latencies.error(error);
                        }
                    } catch (Exception e) {
                        latencies.error(e.toString());
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 300L, TimeUnit.SECONDS);
        return latencies;
    }

    private long articles() throws Exception {
        try (Connection db = stack.db()) {
            return Stack.single(db, "SELECT COUNT(*) FROM kb_node n JOIN kb_document d ON d.current_version_id = "
                    + "n.version_id WHERE n.kind = 'ARTICLE'");
        }
    }

    /** The statutes and {@code copies} variants of each under another title, imported with ./anquan import. */
    private void importCorpus(Path laws) throws Exception {
        Path folder = Files.createTempDirectory("anquan-bench-laws");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(laws)) {
            files = walk.filter(path -> path.toString().endsWith(".md") && !path.getFileName().toString().equals("README.md"))
                    .toList();
        }
        for (Path file : files) {
            Path relative = laws.relativize(file);
            String text = Files.readString(file);
            for (int copy = 0; copy <= copies; copy++) {
                String fileName = relative.getFileName().toString();
                String variantName = copy == 0 ? fileName : fileName.replaceFirst("^([^(（]+)", "$1（压测汇编" + copy + "）");
                Path target = folder.resolve(relative).resolveSibling(variantName);
                Files.createDirectories(target.getParent());
                String variant = copy == 0 ? text : text.replaceFirst("(?m)^# (.+)$", "# $1（压测汇编" + copy + "）");
                Files.writeString(target, variant);
            }
        }
        long begin = System.nanoTime();
        ProcessBuilder importer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", stack.importClasspath, "org.anquan.knowledge.law.control.ImportCommand", folder.toString());
        importer.environment().put("ANQUAN_DB_URL", stack.dbUrl);
        importer.environment().put("ANQUAN_DB_USER", Stack.DB_USER);
        importer.environment().put("ANQUAN_DB_PASSWORD", Stack.DB_PASSWORD);
        importer.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT);
        System.out.println("[bench] search: importing " + files.size() * (copies + 1L) + " statute files from " + folder);
        int status = importer.start().waitFor();
        long seconds = (System.nanoTime() - begin) / 1_000_000_000L;
        report.note("search: " + files.size() + " statutes and " + copies + " variants of each (" + files.size() * (copies + 1L)
                + " files) imported with the import command in " + seconds + " s (exit status " + status + ")");
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Waits until the indexer has emptied the outbox and the index stops growing. */
    private void awaitIndex() throws Exception {
        long begin = System.nanoTime();
        long last = -1;
        int stable = 0;
        while (System.nanoTime() - begin < Duration.ofMinutes(20).toNanos()) {
            long pending;
            try (Connection db = stack.db()) {
                pending = Stack.single(db, "SELECT COUNT(*) FROM kb_index_outbox");
            }
            HttpResponse<String> count = stack.send(HttpRequest.newBuilder(
                    java.net.URI.create(stack.searchUrl + "/anquan-kb/_count")).GET());
            long entries = count.statusCode() == 200 ? Stack.object(count).getJsonNumber("count").longValue() : -1;
            stable = pending == 0 && entries == last ? stable + 1 : 0;
            if (stable >= 3) {
                report.note("search: the index holds " + entries + " entries; indexing took "
                        + (System.nanoTime() - begin) / 1_000_000_000L + " s after the import");
                return;
            }
            System.out.println("[bench] search: waiting for the index (" + pending + " changes queued, " + entries
                    + " entries)");
            last = entries;
            Thread.sleep(5000);
        }
        report.note("search: the index was still filling after 20 minutes; figures are of a partial index");
    }

    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
