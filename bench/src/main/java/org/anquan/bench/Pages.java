package org.anquan.bench;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** Visitors, each with their own cookies, browsing home → search → document → event list → exam registration. */
final class Pages {

    private final Stack stack;
    private final Report report;
    private final int visitors;
    private final int seconds;
    private final double thinkSeconds;

    Pages(Stack stack, Report report, Options options) {
        this.stack = stack;
        this.report = report;
        this.visitors = options.integer("visitors", 20);
        this.seconds = options.integer("pages-seconds", 40);
        this.thinkSeconds = options.decimal("page-think", 2);
    }

    void run() throws Exception {
        List<String> slugs = slugs(stack);
        // the pages warm up first (not counted), then visitors read each page for a while (--page-think, jittered
        // between half and one and a half times) as people do; a last round without pauses gives the capacity
        browse(slugs, Math.min(10, Math.max(1, seconds / 3)), 0, newPages());
        Map<String, Latencies> pages = newPages();
        browse(slugs, seconds, thinkSeconds, pages);
        String name = "pages (" + visitors + " visitors reading " + thinkSeconds + " s per page, " + seconds + " s)";
        pages.forEach((page, latencies) -> report.add(name, page + ": p95 (p50; " + latencies.count() + " views"
                        + (latencies.errors() > 0 ? ", " + latencies.errors() + " errors: " + latencies.firstError() : "")
                        + ")", Report.ms(latencies.percentile(95)) + " (" + Report.ms(latencies.percentile(50)) + ")",
                "p95 ≤ 150 ms", latencies.percentile(95) <= 150 && latencies.errors() == 0));
        Map<String, Latencies> flat = newPages();
        int capacitySeconds = Math.min(20, seconds);
        browse(slugs, capacitySeconds, 0, flat);
        long views = flat.values().stream().mapToLong(Latencies::count).sum();
        int errors = flat.values().stream().mapToInt(Latencies::errors).sum();
        report.add("pages (" + visitors + " visitors without pauses, " + capacitySeconds + " s)",
                "capacity: pages/s (all five kinds; p95 of the search page)", Report.number(views / (double)
                        capacitySeconds, "/s") + " (" + Report.ms(flat.get("search /laws/?q=…").percentile(95)) + ")"
                        + (errors > 0 ? ", " + errors + " errors" : ""), null, errors == 0 ? null : false);
    }

    /** Slugs of up to 200 statutes with a text (any documents when none has one). */
    static List<String> slugs(Stack stack) throws java.sql.SQLException {
        List<String> slugs = new ArrayList<>();
        for (String sql : List.of("SELECT slug FROM kb_document WHERE current_version_id IS NOT NULL ORDER BY id LIMIT 200",
                "SELECT slug FROM kb_document ORDER BY id LIMIT 20")) {
            try (Connection db = stack.db(); Statement statement = db.createStatement();
                 ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    slugs.add(rows.getString(1));
                }
            }
            if (!slugs.isEmpty()) {
                break;
            }
        }
        return slugs;
    }

    private static Map<String, Latencies> newPages() {
        Map<String, Latencies> pages = new LinkedHashMap<>();
        for (String page : List.of("home /", "search /laws/?q=…", "document /laws/{slug}", "event list /events/",
                "exam registration /exams/")) {
            pages.put(page, new Latencies());
        }
        return pages;
    }

    private void browse(List<String> slugs, int seconds, double think, Map<String, Latencies> pages)
            throws InterruptedException {
        List<Latencies> byStep = new ArrayList<>(pages.values());
        ExecutorService pool = Executors.newFixedThreadPool(visitors);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int v = 0; v < visitors; v++) {
            pool.submit(() -> {
                HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
                while (System.nanoTime() < end) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    List<String> paths = List.of("", "laws/?q=" + Stack.encode(SearchLoad.pick(random)),
                            "laws/" + slugs.get(random.nextInt(slugs.size())), "events/", "exams/");
                    for (int step = 0; step < paths.size() && System.nanoTime() < end; step++) {
                        get(browser, paths.get(step), byStep.get(step));
                        if (think > 0) {
                            try {
                                Thread.sleep((long) (think * 1000 * (0.5 + random.nextDouble())));
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 300L, TimeUnit.SECONDS);
    }

    private void get(HttpClient browser, String path, Latencies latencies) {
        long t = System.nanoTime();
        try {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(stack.base.resolve(path))
                    .header("Accept", "text/html").header("Accept-Language", "zh-CN")
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() == 200) {
                latencies.record(System.nanoTime() - t);
            } else {
                latencies.error(path + " → " + page.statusCode());
            }
        } catch (java.io.IOException | RuntimeException e) {
            latencies.error(path + " → " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
