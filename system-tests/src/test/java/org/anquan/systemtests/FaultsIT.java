package org.anquan.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.anquan.devstack.TestServers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults the portal must survive while people use it, in the order an exam day could meet them: Payara killed with
 * SIGKILL while 200 candidates answer, MariaDB restarted under the same load, the submissions of all of them raced
 * by two terminals and the proctor, Elasticsearch killed while statutes change, the mail server away while groups
 * book. Each scenario counts what it tried and what it saw; the figures go to {@code target/faults-report.md}.
 * Run by {@code ./anquan faults} (Maven profile {@code faults}), apart from the suite.
 */
@SystemTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final int CANDIDATES = Integer.getInteger("anquan.faults.candidates", 200);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** HTTP/1.1 as browsers speak it to a plain-HTTP portal (they never ask for an h2c upgrade). */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newFixedThreadPool(16)).build();
    private static final Map<String, String> FIGURES = new LinkedHashMap<>();
    private static final Tally TALLY = new Tally();
    private static final List<Sitter> SITTERS = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    /** A candidate at a seat with a running attempt, and every answer the portal acknowledged to them. */
    private record Sitter(int index, Exams.Candidate candidate, long registrationId, long attemptId, String lease,
                          Instant deadline, Map<Integer, Integer> acknowledged) {
    }

    /** What every request of the scenarios got back. */
    private static final class Tally {
        final AtomicLong tried = new AtomicLong();
        final AtomicLong answered = new AtomicLong();
        final AtomicLong unavailable = new AtomicLong();
        final AtomicLong unreachable = new AtomicLong();
        final AtomicLong serverErrors = new AtomicLong();
        /** Answers of Payara itself (its HTML 503 page, an empty 500) while it starts, before the portal is there. */
        final AtomicLong whileStarting = new AtomicLong();
        final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> startingSamples = new ConcurrentLinkedQueue<>();
        volatile boolean starting;

        /** The response, or empty when the portal did not answer (no connection, or not the portal yet). */
        Optional<HttpResponse<String>> send(HttpRequest.Builder request) {
            tried.incrementAndGet();
            HttpResponse<String> response;
            try {
                response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                unreachable.incrementAndGet();
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            boolean portal = type.startsWith("application/json") || type.startsWith("application/problem+json");
            if (response.statusCode() == 503 && type.startsWith("application/problem+json")) {
                unavailable.incrementAndGet();
                return Optional.of(response);
            }
            if (response.statusCode() >= 500 && !portal && starting) {
                whileStarting.incrementAndGet();
                if (startingSamples.size() < 5) {
                    startingSamples.add(response.statusCode() + " " + (type.isEmpty() ? "(no type)" : type) + " "
                            + abbreviate(response.body()).substring(0, Math.min(80, abbreviate(response.body()).length())));
                }
                return Optional.empty();
            }
            if (response.statusCode() >= 500) {
                serverErrors.incrementAndGet();
                unexpected.add(response.statusCode() + " " + request.build().uri().getPath() + ": "
                        + abbreviate(response.body()));
                return Optional.of(response);
            }
            if (!portal) {
                // Payara up, the application not deployed yet: its own 404 page, not the portal
                unreachable.incrementAndGet();
                return Optional.empty();
            }
            answered.incrementAndGet();
            return Optional.of(response);
        }
    }

    @BeforeAll
    static void candidatesAtTheirSeats() throws Exception {
        long started = System.nanoTime();
        long sessionId = sessionInAFullRoom(CANDIDATES);
        String proctor = Exams.token("proctor@demo.anquan");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Registered>> registered = new ArrayList<>();
            for (int i = 0; i < CANDIDATES; i++) {
                int index = i;
                registered.add(pool.submit(() -> checkedIn(index, sessionId, proctor)));
            }
            List<Registered> present = new ArrayList<>();
            for (Future<Registered> candidate : registered) {
                present.add(candidate.get());
            }
            // everyone is checked in; the exam begins for the whole room at once
            Exams.begin(sessionId);
            List<Future<Sitter>> seated = new ArrayList<>();
            for (Registered candidate : present) {
                seated.add(pool.submit(() -> start(candidate)));
            }
            for (Future<Sitter> sitter : seated) {
                SITTERS.add(sitter.get());
            }
        } finally {
            pool.shutdownNow();
        }
        FIGURES.put("candidates seated (account, profile, photo, registration, check-in, start)",
                CANDIDATES + " in " + seconds(started));
    }

    private record Registered(int index, Exams.Candidate candidate, long registrationId) {
    }

    private static Registered checkedIn(int index, long sessionId, String proctor) {
        Exams.Candidate candidate = Exams.candidate("考生" + chinese(index));
        long registrationId = Exams.register(candidate, sessionId).getJsonNumber("id").longValue();
        HttpResponse<String> checked = Exams.send(proctor, "POST",
                "api/v1/proctoring/registrations/" + registrationId + "/check-in", null);
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        return new Registered(index, candidate, registrationId);
    }

    private static Sitter start(Registered registered) {
        Exams.Candidate candidate = registered.candidate();
        HttpResponse<String> start = Exams.send(candidate.token(), "POST",
                "api/v1/attempts/registrations/" + registered.registrationId(), null);
        assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
        JsonObject attempt = Http.object(start);
        long attemptId = attempt.getJsonNumber("attemptId").longValue();
        String lease = attempt.getString("lease");
        JsonObject state = Http.object(Exams.sendWith(candidate.token(), lease, "GET", "api/v1/attempts/" + attemptId,
                null));
        return new Sitter(registered.index(), candidate, registered.registrationId(), attemptId, lease,
                Instant.parse(state.getString("deadline")), new ConcurrentHashMap<>());
    }

    /** A room of the demo centre with a seat for everyone (straight in the database) and a session in it. */
    private static long sessionInAFullRoom(int seats) throws SQLException {
        int columns = 20;
        int rows = (seats + columns - 1) / columns;
        long roomId;
        try (Connection db = Exams.database()) {
            try (PreparedStatement room = db.prepareStatement("INSERT INTO exam_room (centre_id, name, seat_rows, "
                    + "seat_columns) SELECT centre_id, ?, ?, ? FROM exam_room WHERE id = 1",
                    Statement.RETURN_GENERATED_KEYS)) {
                room.setString(1, "故障演练考场 " + UUID.randomUUID().toString().substring(0, 8));
                room.setInt(2, rows);
                room.setInt(3, columns);
                room.executeUpdate();
                try (ResultSet keys = room.getGeneratedKeys()) {
                    keys.next();
                    roomId = keys.getLong(1);
                }
            }
            try (PreparedStatement seat = db.prepareStatement(
                    "INSERT INTO exam_seat (room_id, label, seat_row, seat_column) VALUES (?, ?, ?, ?)")) {
                for (int row = 1; row <= rows; row++) {
                    for (int column = 1; column <= columns; column++) {
                        seat.setLong(1, roomId);
                        seat.setString(2, "%02d-%02d".formatted(row, column));
                        seat.setInt(3, row);
                        seat.setInt(4, column);
                        seat.addBatch();
                    }
                }
                seat.executeBatch();
            }
        }
        return Exams.session(roomId);
    }

    @Test
    @Order(1)
    void payaraKilledWhileTwoHundredCandidatesAnswerLosesNoAcknowledgedAnswer() throws Exception {
        AtomicReference<String> restart = new AtomicReference<>();
        Tally before = snapshot();
        TALLY.unexpected.clear();
        answer(1, 25, CANDIDATES * 8L, () -> {
            long killed = System.nanoTime();
            TALLY.starting = true;
            try {
                RunningStack.killAndRestartPayara();
            } finally {
                TALLY.starting = false;
            }
            restart.set(seconds(killed));
        });
        int checked = checkEveryAcknowledgedAnswer(1, 25);
        for (Sitter sitter : SITTERS) {
            JsonObject resumed = Http.object(Exams.sendWith(sitter.candidate().token(), sitter.lease(), "POST",
                    "api/v1/attempts/registrations/" + sitter.registrationId(), null));
            assertThat(resumed.getJsonNumber("attemptId").longValue()).isEqualTo(sitter.attemptId());
            assertThat(resumed.getBoolean("resumed")).isTrue();
        }
        figures("Payara SIGKILL, " + CANDIDATES + " candidates answering", before, checked,
                "back (start-domain and deployment) in " + restart.get() + "; " + TALLY.whileStarting.get()
                        + " answered by Payara itself while it started, before the portal was deployed "
                        + TALLY.startingSamples);
        assertThat(TALLY.unexpected).as("5xx other than a 503 problem").isEmpty();
    }

    @Test
    @Order(2)
    void mariaDbRestartedUnderLoadAnswers503AndRecoversByItself() throws Exception {
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicLong recovered = new AtomicLong();
        AtomicLong back = new AtomicLong();
        Tally before = snapshot();
        TALLY.unexpected.clear();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            int reader = i;
            readers.submit(() -> {
                while (reading.get()) {
                    // a visitor browsing events beside candidates looking at their attempt
                    Sitter sitter = SITTERS.get(reader);
                    TALLY.send(reader % 2 == 0
                            ? HttpRequest.newBuilder(Http.uri("api/v1/events")).header("Accept", "application/json")
                            : HttpRequest.newBuilder(Http.uri("api/v1/attempts/" + sitter.attemptId()))
                                    .header("Authorization", "Bearer " + sitter.candidate().token())
                                    .header(Exams.LEASE, sitter.lease()));
                    pause(200, 400);
                }
                return null;
            });
        }
        answer(26, 45, TALLY.answered.get() + CANDIDATES * 5L, () -> {
            TestServers.database().restart(Duration.ofSeconds(10));
            back.set(System.nanoTime());
            Statutes.await(Duration.ofMinutes(2), () -> {
                HttpResponse<String> page = Http.get("api/v1/events", "Accept", "application/json");
                return page.statusCode() == 200 ? page : null;
            });
            recovered.set(System.nanoTime());
        });
        reading.set(false);
        readers.shutdown();
        assertThat(readers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        int checked = checkEveryAcknowledgedAnswer(1, 45);
        Tally during = difference(snapshot(), before);
        figures("MariaDB stopped for 10 s and started under load", before, checked,
                "portal answering again " + "%.1f s".formatted((recovered.get() - back.get()) / 1e9)
                        + " after MariaDB was back, without a Payara restart");
        assertThat(during.unavailable.get()).as("requests in flight were told to retry").isPositive();
        assertThat(TALLY.unexpected).as("5xx other than a 503 problem").isEmpty();
    }

    @Test
    @Order(3)
    void eachAttemptIsGradedOnceWhenTwoTerminalsAndTheProctorSubmitAtOnce() throws Exception {
        String proctor = Exams.token("proctor@demo.anquan");
        ExecutorService pool = Executors.newFixedThreadPool(24);
        Map<Long, List<Future<Integer>>> calls = new LinkedHashMap<>();
        for (Sitter sitter : SITTERS) {
            String path = "api/v1/attempts/" + sitter.attemptId() + "/submission";
            calls.put(sitter.attemptId(), List.of(
                    pool.submit(() -> Exams.sendWith(sitter.candidate().token(), sitter.lease(), "POST", path, null)
                            .statusCode()),
                    pool.submit(() -> Exams.sendWith(sitter.candidate().token(), sitter.lease(), "POST", path, null)
                            .statusCode()),
                    pool.submit(() -> Exams.send(proctor, "POST", "api/v1/proctoring/attempts/" + sitter.attemptId()
                            + "/submission", null).statusCode())));
        }
        int twice = 0;
        for (Map.Entry<Long, List<Future<Integer>>> attempt : calls.entrySet()) {
            int accepted = 0;
            for (Future<Integer> call : attempt.getValue()) {
                int status = call.get();
                // the candidate's submission answers 200 with the result, the proctor's 204; a late one 422
                assertThat(status).as("attempt " + attempt.getKey()).isIn(200, 204, 422);
                accepted += status == 422 ? 0 : 1;
            }
            assertThat(accepted).as("submissions accepted for attempt " + attempt.getKey()).isEqualTo(1);
            twice += accepted > 1 ? 1 : 0;
        }
        pool.shutdown();
        assertThat(Exams.single("SELECT COUNT(*) FROM exam_attempt WHERE id IN (" + String.join(",",
                SITTERS.stream().map(sitter -> Long.toString(sitter.attemptId())).toList())
                + ") AND status = 'SUBMITTED' AND submitted_at IS NOT NULL")).isEqualTo(CANDIDATES);
        FIGURES.put("Submissions raced (two terminals and the proctor per attempt)", (CANDIDATES * 3)
                + " requests, " + CANDIDATES + " attempts graded once, " + twice + " twice");
    }

    @Test
    @Order(4)
    void searchFallsBackWhileElasticsearchIsDownAndCatchesUpWhenItReturns() {
        Statutes.fixturesImported();
        String marker = "断电" + UUID.randomUUID().toString().replaceAll("[0-9-]", "").substring(0, 6);
        String title = "东岸市" + marker + "应急条例";
        byte[] zip = Statutes.zip(Map.of("东岸/" + title + ".md", "# " + title + "\n\n<!-- INFO END -->\n\n"
                + "第一条 为了检验检索恢复，制定本条例。\n\n第二条 " + marker + "预案应当每年修订一次。\n"));
        long tried = 0;
        long started;
        try {
            TestServers.stopSearch();
            JsonObject job = Statutes.importZip(zip, "faults.zip", false);
            assertThat(job.getInt("created")).isEqualTo(1);
            for (String query : List.of(marker + "预案", "安全生产 责任", "消防")) {
                HttpResponse<String> response = Http.get("api/v1/search?q=" + Http.encode(query));
                tried++;
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(Http.object(response).getBoolean("degraded")).as("the page says it fell back").isTrue();
            }
        } finally {
            TestServers.search();
            started = System.nanoTime();
        }
        JsonObject found = Statutes.await(Duration.ofSeconds(60), () -> {
            JsonObject page = Http.object(Http.get("api/v1/search?q=" + Http.encode(marker + "预案")));
            return !page.getBoolean("degraded") && Statutes.hits(page).stream()
                    .anyMatch(hit -> hit.getString("title").equals(title)) ? page : null;
        });
        assertThat(Statutes.hits(found)).isNotEmpty();
        FIGURES.put("Elasticsearch killed while a statute is imported", tried + " searches answered from the database "
                + "(marked degraded), 0 failed; the new statute found " + seconds(started) + " after Elasticsearch "
                + "was back (limit 60 s)");
    }

    @Test
    @Order(5)
    void bookingsAndRegistrationsSucceedWhileMailIsDownAndTheirMailsFollow() {
        long facilityId = BookingFixtures.facility("停信演练室", 40, 15);
        String organiser = Exams.token("organiser@demo.anquan");
        HttpResponse<String> event = Exams.send(organiser, "POST", "api/v1/events",
                "{\"title\":\"邮件中断演练\",\"maxGroup\":5,\"campaignId\":3}");
        assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
        long eventId = Http.object(event).getJsonNumber("id").longValue();
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> withSession = Exams.send(organiser, "POST", "api/v1/events/" + eventId + "/sessions",
                "{\"venue\":\"礼堂\",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusSeconds(7200)
                        + "\",\"capacity\":100}");
        assertThat(withSession.statusCode()).as(withSession.body()).isEqualTo(200);
        long sessionId = Http.object(withSession).getJsonArray("sessions").getJsonObject(0).getJsonNumber("id")
                .longValue();
        assertThat(Exams.send(organiser, "PUT", "api/v1/events/" + eventId + "/publication", "{\"published\":true}")
                .statusCode()).isEqualTo(200);
        Instant slot = LocalDate.now(CHINA).plusDays(4).atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant();

        List<String> logins = new ArrayList<>();
        Mailbox.stop();
        long down = System.nanoTime();
        try {
            for (int i = 0; i < 5; i++) {
                String login = "mail-down-" + System.nanoTime() + "@test.anquan";
                Exams.citizen(login, "停信" + i);
                String token = Exams.token(login);
                HttpResponse<String> booked = Exams.send(token, "POST", "api/v1/bookings",
                        "{\"facilityId\":" + facilityId + ",\"startsAt\":\"" + slot + "\",\"headCount\":4,"
                                + "\"groupName\":\"停信班组" + i + "\",\"organisationKind\":\"ENTERPRISE\","
                                + "\"purpose\":\"火灾逃生\",\"contactName\":\"停信" + i + "\","
                                + "\"contactPhone\":\"13900000000\"}");
                assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
                HttpResponse<String> registered = Exams.send(token, "POST",
                        "api/v1/events/sessions/" + sessionId + "/registrations", "{\"partySize\":1}");
                assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
                logins.add(login);
            }
            // the sender has tried at least once and failed
            Instant limit = Instant.now().plusSeconds(30);
            while (Exams.single("SELECT COUNT(*) FROM platform_mail_outbox WHERE recipient = ? AND attempts > 0 "
                    + "AND sent_at IS NULL", logins.get(0)) == 0 && Instant.now().isBefore(limit)) {
                pause(500, 600);
            }
            assertThat(Exams.text("SELECT CONCAT(COUNT(*), ' queued, ', COALESCE(SUM(attempts), 0), ' attempts, ', "
                    + "COUNT(sent_at), ' sent') FROM platform_mail_outbox WHERE recipient = ?", logins.get(0)))
                    .as("the outbox of " + logins.get(0)).contains(" 0 sent").doesNotContain(" 0 attempts");
        } finally {
            Mailbox.restart();
        }
        String away = seconds(down);
        long back = System.nanoTime();
        for (String login : logins) {
            Mailbox.awaitMailTo(login, "演练预约已确认", Duration.ofMinutes(3));
            Mailbox.awaitMailTo(login, "活动报名成功", Duration.ofMinutes(3));
        }
        FIGURES.put("Mail server down", logins.size() + " bookings and " + logins.size() + " event registrations "
                + "accepted while it was away (" + away + "); all " + (2 * logins.size()) + " mails delivered within "
                + seconds(back) + " of its return");
    }

    @AfterAll
    static void report() {
        FIGURES.forEach(FaultReport::append);
        FaultReport.append("All requests of the exam scenarios", TALLY.tried.get() + " tried, " + TALLY.answered.get()
                + " answered by the portal, " + TALLY.unavailable.get() + " × 503 problem (retry), "
                + TALLY.unreachable.get() + " found no portal (killed, or Payara starting: " + TALLY.whileStarting.get()
                + " of them its own 503 or 500 page), " + TALLY.serverErrors.get() + " other 5xx");
    }

    /**
     * Every candidate answers questions {@code from} to {@code to}, one after the other with a moment to think,
     * and sends an answer again until the portal acknowledges it; once {@code faultAfter} answers are acknowledged
     * in all, the fault happens (the candidates go on trying meanwhile).
     */
    private static void answer(int from, int to, long faultAfter, Runnable fault) throws Exception {
        AtomicLong acknowledged = new AtomicLong(TALLY.answered.get());
        ExecutorService pool = Executors.newFixedThreadPool(SITTERS.size());
        List<Future<?>> work = new ArrayList<>();
        for (Sitter sitter : SITTERS) {
            work.add(pool.submit(() -> {
                for (int number = from; number <= to; number++) {
                    int option = (sitter.index() + number) % 2;
                    while (true) {
                        Optional<HttpResponse<String>> saved = TALLY.send(HttpRequest.newBuilder(Http.uri(
                                        "api/v1/attempts/" + sitter.attemptId() + "/questions/" + number))
                                .header("Authorization", "Bearer " + sitter.candidate().token())
                                .header(Exams.LEASE, sitter.lease()).header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"chosen\":[" + option + "]}")));
                        if (saved.isPresent() && saved.get().statusCode() == 200) {
                            sitter.acknowledged().put(number, option);
                            acknowledged.incrementAndGet();
                            pause(500, 1500);
                            break;
                        }
                        if (saved.isPresent() && saved.get().statusCode() < 500) {
                            TALLY.unexpected.add(saved.get().statusCode() + " saving question " + number + ": "
                                    + abbreviate(saved.get().body()));
                            break;
                        }
                        pause(500, 1000);
                    }
                }
                return null;
            }));
        }
        Instant limit = Instant.now().plus(Duration.ofMinutes(5));
        while (acknowledged.get() < faultAfter && Instant.now().isBefore(limit)) {
            Thread.sleep(100);
        }
        fault.run();
        pool.shutdown();
        for (Future<?> done : work) {
            done.get(10, TimeUnit.MINUTES);
        }
    }

    /** Reads every acknowledged answer back as the candidate's screen would; returns how many were checked. */
    private static int checkEveryAcknowledgedAnswer(int from, int to) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> checks = new ArrayList<>();
        for (Sitter sitter : SITTERS) {
            checks.add(pool.submit(() -> {
                JsonObject state = Http.object(Exams.sendWith(sitter.candidate().token(), sitter.lease(), "GET",
                        "api/v1/attempts/" + sitter.attemptId(), null));
                assertThat(state.getString("status")).isEqualTo("IN_PROGRESS");
                assertThat(Instant.parse(state.getString("deadline"))).as("deadline of attempt " + sitter.attemptId())
                        .isEqualTo(sitter.deadline());
                int checked = 0;
                for (int number = from; number <= to; number++) {
                    Integer option = sitter.acknowledged().get(number);
                    if (option == null) {
                        continue;
                    }
                    HttpResponse<String> question = Exams.sendWith(sitter.candidate().token(), sitter.lease(), "GET",
                            "api/v1/attempts/" + sitter.attemptId() + "/questions/" + number, null);
                    JsonArray chosen = Http.object(question).getJsonArray("chosen");
                    assertThat(chosen).as("attempt %d question %d", sitter.attemptId(), number)
                            .isEqualTo(Json.createArrayBuilder().add(option).build());
                    checked++;
                }
                return checked;
            }));
        }
        int checked = 0;
        for (Future<Integer> check : checks) {
            checked += check.get();
        }
        pool.shutdown();
        return checked;
    }

    private static Tally snapshot() {
        Tally copy = new Tally();
        copy.tried.set(TALLY.tried.get());
        copy.answered.set(TALLY.answered.get());
        copy.unavailable.set(TALLY.unavailable.get());
        copy.unreachable.set(TALLY.unreachable.get());
        copy.serverErrors.set(TALLY.serverErrors.get());
        return copy;
    }

    private static Tally difference(Tally after, Tally before) {
        Tally difference = new Tally();
        difference.tried.set(after.tried.get() - before.tried.get());
        difference.answered.set(after.answered.get() - before.answered.get());
        difference.unavailable.set(after.unavailable.get() - before.unavailable.get());
        difference.unreachable.set(after.unreachable.get() - before.unreachable.get());
        difference.serverErrors.set(after.serverErrors.get() - before.serverErrors.get());
        return difference;
    }

    private static void figures(String fault, Tally before, int checked, String recovery) {
        Tally during = difference(snapshot(), before);
        FIGURES.put(fault, during.tried.get() + " requests tried, " + during.answered.get() + " answered, "
                + during.unavailable.get() + " × 503 problem, " + during.unreachable.get() + " found no portal, "
                + during.serverErrors.get() + " other 5xx; " + checked + " acknowledged answers checked, 0 lost, "
                + "every deadline unchanged; " + recovery);
    }

    private static void pause(int fromMillis, int toMillis) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(fromMillis, toMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A name part from a number, in characters a real name may hold. */
    private static String chinese(int number) {
        String digits = "甲乙丙丁戊己庚辛壬癸";
        StringBuilder name = new StringBuilder();
        for (char digit : Integer.toString(number).toCharArray()) {
            name.append(digits.charAt(digit - '0'));
        }
        return name.toString();
    }

    private static String seconds(long sinceNanos) {
        return "%.1f s".formatted((System.nanoTime() - sinceNanos) / 1e9);
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
