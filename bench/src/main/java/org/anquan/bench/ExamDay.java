package org.anquan.bench;

import jakarta.json.JsonObject;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exam day: N candidates with real-name profiles and photos, registered and checked in for sessions of the demo
 * subject, start within a minute (paper generation), save an answer every think-time seconds through the delivery
 * API, and all submit at once (submission grades the paper). Beside it, in the same run: the raw single-row commit
 * rate of the same MariaDB over plain JDBC, with as many clients as the autosave capacity test.
 */
final class ExamDay {

    private static final int SEATS_PER_ROOM = 500;
    private static final int CLIENTS = 64;

    private final Stack stack;
    private final Report report;
    private final int candidates;
    private final double thinkSeconds;
    private final int answers;
    private final int startWindowSeconds;
    private final int burstSeconds;

    ExamDay(Stack stack, Report report, Options options) {
        this.stack = stack;
        this.report = report;
        this.candidates = options.integer("candidates", 2000);
        this.thinkSeconds = options.decimal("think", 10);
        this.answers = options.integer("answers", 20);
        this.startWindowSeconds = options.integer("start-window", 60);
        this.burstSeconds = options.integer("burst-seconds", 15);
    }

    private record Seated(Crowd.Person person, long sessionId, long registrationId) {
    }

    private record Running(Crowd.Person person, long attemptId, String lease, int questions) {
    }

    void run() throws Exception {
        String name = "exam-day (N=" + candidates + ")";
        Instant setup = Instant.now();
        List<Crowd.Person> people = Crowd.create(stack, "exam", candidates, Duration.ofHours(3));
        byte[] photo = photo();
        ExecutorService setupPool = Executors.newFixedThreadPool(16);
        parallel(setupPool, people, person -> {
            Stack.require(stack.call(person.token(), null, "PUT", "api/v1/me/profile",
                    "{\"realName\":\"" + person.name() + "\",\"idNumber\":\"" + idNumber() + "\"}"), 200);
            Stack.require(stack.send(HttpRequest.newBuilder(stack.base.resolve("api/v1/me/photo"))
                    .header("Authorization", "Bearer " + person.token()).header("Content-Type", "image/png")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(photo))), 204);
            return null;
        });
        List<Long> sessions = sessions((candidates + SEATS_PER_ROOM - 1) / SEATS_PER_ROOM);
        List<Seated> seated = parallel(setupPool, people, person -> {
            long session = sessions.get((int) (person.id() % sessions.size()));
            HttpResponse<String> registered = stack.call(person.token(), null, "POST",
                    "api/v1/exam-sessions/" + session + "/registrations", null);
            Stack.require(registered, 201);
            return new Seated(person, session, Stack.object(registered).getJsonNumber("id").longValue());
        });
        String proctor = stack.staffToken("proctor@demo.anquan");
        parallel(setupPool, seated, candidate -> {
            Stack.require(stack.call(proctor, null, "POST",
                    "api/v1/proctoring/registrations/" + candidate.registrationId() + "/check-in", null), 200);
            return null;
        });
        setupPool.shutdown();
        // the start time has come: the exam begins for every room together (candidates cannot start before it)
        try (Connection db = stack.db(); PreparedStatement begin = db.prepareStatement(
                "UPDATE exam_session SET starts_at = UTC_TIMESTAMP(6) WHERE id = ?")) {
            for (long session : sessions) {
                begin.setLong(1, session);
                begin.addBatch();
            }
            begin.executeBatch();
        }
        report.note(name + ": setup (accounts over JDBC, profiles and photos, " + sessions.size()
                + " rooms and sessions, registrations, check-ins through the API) took "
                + Duration.between(setup, Instant.now()).toSeconds() + " s");
        System.out.println("[bench] exam-day: " + candidates + " candidates checked in; the start spike begins");

        Latencies starts = new Latencies();
        Latencies saves = new Latencies();
        Latencies states = new Latencies();
        List<Running> running = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(256);
        CountDownLatch finished = new CountDownLatch(candidates);
        AtomicLong answered = new AtomicLong();
        Instant examStart;
        long answerStart;
        long answerEnd;
        try (HeapWatch heap = new HeapWatch(stack)) {
            examStart = Instant.now();
            answerStart = System.nanoTime();
            for (Seated candidate : seated) {
                long offset = ThreadLocalRandom.current().nextLong(startWindowSeconds * 1000L + 1);
                clock.schedule(() -> start(candidate, starts, states, saves, running, clock, finished, answered),
                        offset, TimeUnit.MILLISECONDS);
            }
            finished.await();
            answerEnd = System.nanoTime();
            System.out.println("[bench] exam-day: every candidate answered; autosave capacity burst");
            double capacity = burst(running);
            double raw = rawCommits();
            System.out.println("[bench] exam-day: all submit at once");
            Latencies submits = new Latencies();
            long gradeStart = System.nanoTime();
            List<Future<?>> submitted = new ArrayList<>();
            for (Running attempt : running) {
                submitted.add(clock.submit(() -> {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> response = stack.call(attempt.person().token(), attempt.lease(), "POST",
                                "api/v1/attempts/" + attempt.attemptId() + "/submission", null);
                        if (response.statusCode() == 200) {
                            submits.record(System.nanoTime() - t);
                        } else {
                            submits.error("submit " + response.statusCode() + " " + Stack.abbreviate(response.body()));
                        }
                    } catch (RuntimeException e) {
                        submits.error("submit " + e);
                    }
                }));
            }
            for (Future<?> future : submitted) {
                future.get();
            }
            double gradeSeconds = (System.nanoTime() - gradeStart) / 1e9;
            long graded;
            try (Connection db = stack.db()) {
                graded = Stack.single(db, "SELECT COUNT(*) FROM exam_attempt WHERE session_id IN ("
                        + Stack.join(sessions) + ") AND status = 'SUBMITTED' AND score IS NOT NULL");
            }
            clock.shutdownNow();
            double answerSeconds = (answerEnd - answerStart) / 1e9;
            int errors = starts.errors() + saves.errors() + states.errors() + submits.errors()
                    + (candidates - running.size() - starts.errors());
            report.add(name, "start latency p50 / p95 / p99", Report.ms(starts.percentile(50)) + " / "
                    + Report.ms(starts.percentile(95)) + " / " + Report.ms(starts.percentile(99)), "p95 ≤ 200 ms",
                    starts.percentile(95) <= 200);
            report.add(name, "autosave latency p50 / p95 / p99", Report.ms(saves.percentile(50)) + " / "
                    + Report.ms(saves.percentile(95)) + " / " + Report.ms(saves.percentile(99)), "p95 ≤ 50 ms",
                    saves.percentile(95) <= 50);
            report.add(name, "answers/s while candidates think " + thinkSeconds + " s", Report.number(
                    answered.get() / answerSeconds, "/s") + " (offered ≈ " + Report.number(candidates / thinkSeconds, "/s")
                    + ")", null, null);
            report.add(name, "autosave capacity (" + CLIENTS + " clients, no think time)",
                    Report.number(capacity, "answers/s"), null, null);
            report.add(name, "baseline: raw single-row commits over JDBC (" + CLIENTS + " clients)",
                    Report.number(raw, "commits/s"), null, null);
            report.add(name, "autosave capacity / raw commit rate", String.format(java.util.Locale.ROOT, "%.2f",
                    capacity / raw), "≥ 0.5", capacity / raw >= 0.5);
            report.add(name, "grading: all " + running.size() + " submissions at once (submit p95 "
                    + Report.ms(submits.percentile(95)) + ")", String.format(java.util.Locale.ROOT, "%.1f s", gradeSeconds)
                    + " (" + graded + " graded)", "≤ 30 s", gradeSeconds <= 30 && graded == running.size());
            report.add(name, "errors", errors + (errors > 0 ? " (first: " + firstError(starts, saves, states, submits)
                    + ")" : ""), "0", errors == 0);
            long peak = heap.peakMiB();
            report.add(name, "Payara heap peak (used, jstat)", peak < 0 ? "—" : peak + " MiB", "≤ 1 GiB",
                    peak < 0 ? null : peak <= 1024);
        }
        report.note(name + ": starts spread at random over " + startWindowSeconds + " s from " + examStart
                + "; every candidate answers the first " + answers + " questions of the paper (at most all), one every "
                + thinkSeconds
                + " s (jittered); the capacity burst saves answers of running attempts from " + CLIENTS
                + " clients for " + burstSeconds + " s, the baseline commits single-row UPDATEs from as many JDBC"
                + " connections for 10 s; bearer tokens are minted with the stack's key (no PBKDF2 login per candidate)");
    }

    private static String firstError(Latencies... all) {
        for (Latencies latencies : all) {
            if (latencies.firstError() != null) {
                return Stack.abbreviate(latencies.firstError());
            }
        }
        return "a candidate never started";
    }

    private void start(Seated candidate, Latencies starts, Latencies states, Latencies saves, List<Running> running,
                       ScheduledExecutorService clock, CountDownLatch finished, AtomicLong answered) {
        Running attempt;
        try {
            long t = System.nanoTime();
            HttpResponse<String> started = stack.call(candidate.person().token(), null, "POST",
                    "api/v1/attempts/registrations/" + candidate.registrationId(), null);
            if (started.statusCode() != 200) {
                starts.error("start " + started.statusCode() + " " + Stack.abbreviate(started.body()));
                finished.countDown();
                return;
            }
            starts.record(System.nanoTime() - t);
            JsonObject body = Stack.object(started);
            long attemptId = body.getJsonNumber("attemptId").longValue();
            String lease = body.getString("lease");
            t = System.nanoTime();
            HttpResponse<String> state = stack.call(candidate.person().token(), lease, "GET",
                    "api/v1/attempts/" + attemptId, null);
            if (state.statusCode() != 200) {
                states.error("state " + state.statusCode());
                finished.countDown();
                return;
            }
            states.record(System.nanoTime() - t);
            attempt = new Running(candidate.person(), attemptId, lease,
                    Stack.object(state).getJsonArray("navigator").size());
            running.add(attempt);
        } catch (RuntimeException e) {
            starts.error("start " + e);
            finished.countDown();
            return;
        }
        answer(attempt, 1, saves, clock, finished, answered);
    }

    private void answer(Running attempt, int number, Latencies saves, ScheduledExecutorService clock,
                        CountDownLatch finished, AtomicLong answered) {
        long delay = (long) (thinkSeconds * 1000 * (0.5 + ThreadLocalRandom.current().nextDouble()));
        clock.schedule(() -> {
            save(attempt, number, saves);
            answered.incrementAndGet();
            if (number < Math.min(answers, attempt.questions())) {
                answer(attempt, number + 1, saves, clock, finished, answered);
            } else {
                finished.countDown();
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void save(Running attempt, int number, Latencies saves) {
        long t = System.nanoTime();
        try {
            HttpResponse<String> saved = stack.call(attempt.person().token(), attempt.lease(), "PUT",
                    "api/v1/attempts/" + attempt.attemptId() + "/questions/" + number,
                    "{\"chosen\":[" + ThreadLocalRandom.current().nextInt(2) + "]}");
            if (saved.statusCode() == 200) {
                saves.record(System.nanoTime() - t);
            } else {
                saves.error("autosave " + saved.statusCode() + " " + Stack.abbreviate(saved.body()));
            }
        } catch (RuntimeException e) {
            saves.error("autosave " + e);
        }
    }

    /** Answers saved per second by CLIENTS clients without think time, on the running attempts. */
    private double burst(List<Running> running) throws InterruptedException {
        Latencies saves = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + burstSeconds * 1_000_000_000L;
        long begin = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    Running attempt = running.get(random.nextInt(running.size()));
                    save(attempt, 1 + random.nextInt(attempt.questions()), saves);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(burstSeconds + 120L, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - begin) / 1e9;
        report.add("exam-day (N=" + candidates + ")", "autosave latency under the capacity burst p95",
                Report.ms(saves.percentile(95)) + (saves.errors() > 0 ? " (" + saves.errors() + " errors)" : ""),
                null, null);
        return saves.count() / seconds;
    }

    /** Single-row autocommit UPDATEs per second from CLIENTS JDBC connections, for 10 seconds. */
    private double rawCommits() throws Exception {
        try (Connection db = stack.db(); Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_commit (id INT PRIMARY KEY, v BIGINT NOT NULL)");
            statement.execute("DELETE FROM bench_commit");
            for (int i = 0; i < CLIENTS; i++) {
                statement.execute("INSERT INTO bench_commit VALUES (" + i + ", 0)");
            }
        }
        AtomicLong commits = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long begin = System.nanoTime();
        long end = begin + 10_000_000_000L;
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int row = i;
            clients.add(pool.submit(() -> {
                try (Connection db = stack.db();
                     PreparedStatement update = db.prepareStatement("UPDATE bench_commit SET v = v + 1 WHERE id = ?")) {
                    update.setInt(1, row);
                    while (System.nanoTime() < end) {
                        update.executeUpdate();
                        commits.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        double rate = commits.get() / ((System.nanoTime() - begin) / 1e9);
        try (Connection db = stack.db(); Statement statement = db.createStatement()) {
            statement.execute("DROP TABLE bench_commit");
        }
        return rate;
    }

    /** Rooms of 25 × 20 seats in the demo centre (straight in the database) and a session in each through the API. */
    private List<Long> sessions(int rooms) throws SQLException {
        List<Long> sessions = new ArrayList<>();
        String admin = stack.staffToken("centre-admin@demo.anquan");
        String startsAt = Instant.now().plus(29, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        try (Connection db = stack.db()) {
            long centre = Stack.single(db, "SELECT centre_id FROM exam_room WHERE id = 1");
            for (int r = 0; r < rooms; r++) {
                long roomId;
                try (PreparedStatement room = db.prepareStatement("INSERT INTO exam_room (centre_id, name, seat_rows, "
                        + "seat_columns) VALUES (?, ?, 25, 20)", Statement.RETURN_GENERATED_KEYS)) {
                    room.setLong(1, centre);
                    room.setString(2, "压测考场 " + Long.toString(System.nanoTime(), 36) + "-" + r);
                    room.executeUpdate();
                    try (var keys = room.getGeneratedKeys()) {
                        keys.next();
                        roomId = keys.getLong(1);
                    }
                }
                try (PreparedStatement seat = db.prepareStatement(
                        "INSERT INTO exam_seat (room_id, label, seat_row, seat_column) VALUES (?, ?, ?, ?)")) {
                    for (int row = 1; row <= 25; row++) {
                        for (int column = 1; column <= 20; column++) {
                            seat.setLong(1, roomId);
                            seat.setString(2, "%02d-%02d".formatted(row, column));
                            seat.setInt(3, row);
                            seat.setInt(4, column);
                            seat.addBatch();
                        }
                    }
                    seat.executeBatch();
                }
                HttpResponse<String> created = stack.call(admin, null, "POST", "api/v1/exam-sessions",
                        "{\"subjectId\":1,\"roomId\":" + roomId + ",\"startsAt\":\"" + startsAt + "\"}");
                Stack.require(created, 201);
                sessions.add(Stack.object(created).getJsonNumber("id").longValue());
            }
        }
        return sessions;
    }

    interface Work<T, R> {
        R apply(T item) throws Exception;
    }

    static <T, R> List<R> parallel(ExecutorService pool, List<T> items, Work<T, R> work) throws Exception {
        List<Future<R>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> work.apply(item)));
        }
        List<R> results = new ArrayList<>();
        for (Future<R> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    /** A valid 18-digit resident ID number (GB 11643 check digit), random. */
    static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first = "140105" + (1960 + random.nextInt(40)) + "%02d%02d".formatted(1 + random.nextInt(12),
                1 + random.nextInt(28)) + "%03d".formatted(random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * weights[i];
        }
        return first + "10X98765432".charAt(sum % 11);
    }

    static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 160; y++) {
            for (int x = 0; x < 120; x++) {
                image.setRGB(x, y, (x * 2) << 16 | y << 8 | 0x80);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
