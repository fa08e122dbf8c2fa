package org.anquan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./anquan bench soak}: mixed traffic for a long while (30 minutes by default) — visitors reading pages, citizens
 * searching and looking at events through the API, groups booking and cancelling drills — reporting every error and
 * the live heap (after a full collection) at each tenth of the run, so a leak shows as a rising line.
 */
final class Soak {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Stack stack;
    private final Report report;
    private final int minutes;
    private final int visitors;
    private final int citizens;
    private final Latencies pages = new Latencies();
    private final Latencies api = new Latencies();
    private final Latencies bookings = new Latencies();
    private final AtomicLong requests = new AtomicLong();

    Soak(Stack stack, Report report, Options options) {
        this.stack = stack;
        this.report = report;
        this.minutes = options.integer("soak-minutes", 30);
        this.visitors = options.integer("visitors", 20);
        this.citizens = options.integer("soak-citizens", 20);
    }

    void run() throws Exception {
        List<String> slugs = Pages.slugs(stack);
        List<Crowd.Person> people = Crowd.create(stack, "soak", citizens, Duration.ofMinutes(minutes + 30L));
        long facility = BookingRush.facility(stack, 1_000_000);
        long end = System.nanoTime() + minutes * 60_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(visitors + citizens);
        for (int v = 0; v < visitors; v++) {
            pool.submit(() -> browse(slugs, end));
        }
        for (Crowd.Person person : people) {
            pool.submit(() -> useTheApi(person, facility, end));
        }
        pool.shutdown();
        List<String> heap = new ArrayList<>();
        long first = -1;
        long last = -1;
        int samples = Math.max(3, minutes / 10); // every ten minutes, and at least three readings
        for (int sample = 1; sample <= samples; sample++) {
            long due = System.nanoTime() + (long) (minutes * 60e9 / samples);
            while (System.nanoTime() < due && System.nanoTime() < end) {
                Thread.sleep(1000);
            }
            long mib = liveHeapMiB();
            first = first < 0 ? mib : first;
            last = mib;
            heap.add(Math.round(minutes * sample / (double) samples) + " min: " + mib + " MiB");
            System.out.println("[bench] soak: " + heap.get(heap.size() - 1) + ", " + requests.get() + " requests, "
                    + (pages.errors() + api.errors() + bookings.errors()) + " errors");
        }
        pool.awaitTermination(5, TimeUnit.MINUTES);
        String name = "soak (" + minutes + " min: " + visitors + " visitors reading pages, " + citizens
                + " citizens searching, looking at events, booking and cancelling)";
        int errors = pages.errors() + api.errors() + bookings.errors();
        report.add(name, "requests (pages, API reads, bookings and cancellations)", requests.get() + " ("
                + pages.count() + ", " + api.count() + ", " + bookings.count() + ")", null, null);
        report.add(name, "errors" + (errors > 0 ? " (first: " + firstError() + ")" : ""), Integer.toString(errors),
                "0", errors == 0);
        report.add(name, "p95 page / API read / booking", Report.ms(pages.percentile(95)) + " / "
                + Report.ms(api.percentile(95)) + " / " + Report.ms(bookings.percentile(95)), null, null);
        double growth = first <= 0 ? Double.NaN : (last - first) / (double) first;
        report.add(name, "live heap after a full collection, every " + minutes / samples + " min", String.join(", ", heap),
                "no rising trend (last ≤ first + 10 %)", first > 0 && growth <= 0.10);
    }

    private String firstError() {
        for (Latencies latencies : List.of(pages, api, bookings)) {
            if (latencies.errors() > 0) {
                return latencies.firstError();
            }
        }
        return "";
    }

    private void browse(List<String> slugs, long end) {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        while (System.nanoTime() < end) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (String path : List.of("", "laws/?q=" + Stack.encode(SearchLoad.pick(random)),
                    "laws/" + slugs.get(random.nextInt(slugs.size())), "events/", "exams/", "bases/")) {
                if (System.nanoTime() >= end) {
                    return;
                }
                long t = System.nanoTime();
                requests.incrementAndGet();
                try {
                    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(stack.base.resolve(path))
                            .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (page.statusCode() == 200) {
                        pages.record(System.nanoTime() - t);
                    } else {
                        pages.error("/" + path + " → " + page.statusCode());
                    }
                } catch (IOException | RuntimeException e) {
                    pages.error("/" + path + " → " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause(1000, 3000);
            }
        }
    }

    private void useTheApi(Crowd.Person person, long facility, long end) {
        int round = 0;
        while (System.nanoTime() < end) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            read(person, "api/v1/search?q=" + Stack.encode(SearchLoad.pick(random)));
            pause(1000, 3000);
            read(person, "api/v1/events");
            pause(1000, 3000);
            // a group books a drill some days ahead and cancels it again: rows come and go, places are released
            Instant slot = LocalDate.now(CHINA).plusDays(2 + (round++ % 50)).atTime(LocalTime.of(8 + random.nextInt(9), 0))
                    .atZone(CHINA).toInstant();
            long t = System.nanoTime();
            requests.incrementAndGet();
            try {
                HttpResponse<String> booked = stack.call(person.token(), null, "POST", "api/v1/bookings",
                        "{\"facilityId\":" + facility + ",\"startsAt\":\"" + slot + "\",\"headCount\":3,"
                                + "\"groupName\":\"长稳班组\",\"organisationKind\":\"ENTERPRISE\",\"purpose\":\"消防演练\","
                                + "\"contactName\":\"联系人\",\"contactPhone\":\"13800000000\"}");
                if (booked.statusCode() != 201) {
                    bookings.error("booking → " + booked.statusCode() + " " + Stack.abbreviate(booked.body()));
                    pause(1000, 3000);
                    continue;
                }
                bookings.record(System.nanoTime() - t);
                long id = Stack.object(booked).getJsonNumber("id").longValue();
                pause(1000, 3000);
                t = System.nanoTime();
                requests.incrementAndGet();
                HttpResponse<String> cancelled = stack.call(person.token(), null, "DELETE", "api/v1/bookings/" + id, null);
                if (cancelled.statusCode() == 200) {
                    bookings.record(System.nanoTime() - t);
                } else {
                    bookings.error("cancellation → " + cancelled.statusCode() + " " + Stack.abbreviate(cancelled.body()));
                }
            } catch (RuntimeException e) {
                bookings.error("booking → " + e);
            }
            pause(1000, 3000);
        }
    }

    private void read(Crowd.Person person, String path) {
        long t = System.nanoTime();
        requests.incrementAndGet();
        try {
            HttpResponse<String> response = stack.call(person.token(), null, "GET", path, null);
            if (response.statusCode() == 200) {
                api.record(System.nanoTime() - t);
            } else {
                api.error(path + " → " + response.statusCode());
            }
        } catch (RuntimeException e) {
            api.error(path + " → " + e);
        }
    }

    /** The heap Payara still uses after a full collection (jcmd GC.run, then one jstat sample), in MiB. */
    private long liveHeapMiB() {
        try {
            String pid = Files.readString(stack.var.resolve("payara/anquan/config/pid")).trim();
            Path bin = Path.of(System.getProperty("java.home"), "bin");
            new ProcessBuilder(bin.resolve("jcmd").toString(), pid, "GC.run").redirectErrorStream(true).start()
                    .waitFor(2, TimeUnit.MINUTES);
            Process jstat = new ProcessBuilder(bin.resolve("jstat").toString(), "-gc", pid).redirectErrorStream(true)
                    .start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
                String[] names = lines.readLine().trim().split("\\s+");
                String[] values = lines.readLine().trim().split("\\s+");
                double used = 0;
                for (int i = 0; i < names.length && i < values.length; i++) {
                    if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                        used += Double.parseDouble(values[i]);
                    }
                }
                return (long) (used / 1024);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[bench] heap not read: " + e.getMessage());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void pause(int fromMillis, int toMillis) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(fromMillis, toMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
