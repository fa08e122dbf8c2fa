package org.anquan.systemtests;

import jakarta.json.JsonObject;
import org.anquan.devstack.EmbeddedMariaDb;
import org.anquan.devstack.TestServers;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the exam tests set up through the front door (API) where there is one: sessions scheduled by the demo
 * centre administrator, candidates with a real-name profile and photo, check-in by the demo proctor. Accounts are
 * created in the database directly (sign-up by mail is SecurityIT's subject), with the demo password.
 */
final class Exams {

    static final String LEASE = "Anquan-Lease";
    private static final String DEMO_HASH =
            "PBKDF2-SHA256:210000:D+zTeGfCZByHh0Gdj+Gzdg:71qjbbTlJqXvYXtQnUV6CdrSIf3uYqLaViJlP6KFzTI";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    record Candidate(long accountId, String login, String name, String token, String idNumber) {
    }

    private Exams() {
    }

    static String token(String login) {
        return AuthorizationMatrixIT.token(login, SecurityIT.DEMO_PASSWORD);
    }

    /** A signed-in candidate with a real-name profile and a photo. */
    static Candidate candidate(String name) {
        String login = "candidate-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@test.anquan";
        long id = citizen(login, name);
        String token = token(login);
        String idNumber = idNumber();
        HttpResponse<String> profile = send(token, "PUT", "api/v1/me/profile",
                "{\"realName\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\"}");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        HttpResponse<String> photo = Http.send(HttpRequest.newBuilder(Http.uri("api/v1/me/photo"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(photo())));
        assertThat(photo.statusCode()).as(photo.body()).isEqualTo(204);
        return new Candidate(id, login, name, token, idNumber);
    }

    /**
     * A new active citizen account (the demo password), straight in the database; its id. A login without an @ is a
     * mobile number: such an account gets no mails.
     */
    static long citizen(String login, String name) {
        String column = login.contains("@") ? "email" : "mobile";
        try (Connection db = database();
             PreparedStatement account = db.prepareStatement("INSERT INTO platform_account (" + column
                     + ", password_hash, display_name, status, created_at) VALUES (?, ?, ?, 'ACTIVE', UTC_TIMESTAMP(6))",
                     Statement.RETURN_GENERATED_KEYS)) {
            account.setString(1, login);
            account.setString(2, DEMO_HASH);
            account.setString(3, name);
            account.executeUpdate();
            long id;
            try (ResultSet keys = account.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            try (PreparedStatement grant = db.prepareStatement(
                    "INSERT INTO platform_role_grant (account_id, role, organisation_id) VALUES (?, 'CITIZEN', NULL)")) {
                grant.setLong(1, id);
                grant.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A session of the demo subject in a room of the demo centre, starting in a quarter of an hour. */
    static long session(long roomId) {
        return session(1, roomId);
    }

    /** A session of a subject in a room of the demo centre, starting in a quarter of an hour. */
    static long session(long subjectId, long roomId) {
        String startsAt = Instant.now().plus(15, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        HttpResponse<String> created = send(token("centre-admin@demo.anquan"), "POST", "api/v1/exam-sessions",
                "{\"subjectId\":" + subjectId + ",\"roomId\":" + roomId + ",\"startsAt\":\"" + startsAt + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.object(created).getJsonNumber("id").longValue();
    }

    /** The start time of a session has come: the exam has begun a minute ago, for everyone in the room together. */
    static void begin(long sessionId) {
        update("UPDATE exam_session SET starts_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE id = ?", sessionId);
    }

    /** A session is over for everyone: it began its duration (and the time added for the room) plus a minute ago. */
    static void end(long sessionId) {
        update("UPDATE exam_session SET starts_at = UTC_TIMESTAMP(6) - INTERVAL duration_minutes MINUTE"
                + " - INTERVAL extended_seconds SECOND - INTERVAL 1 MINUTE WHERE id = ?", sessionId);
    }

    static JsonObject register(Candidate candidate, long sessionId) {
        HttpResponse<String> registered = send(candidate.token(), "POST",
                "api/v1/exam-sessions/" + sessionId + "/registrations", null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return Http.object(registered);
    }

    static void checkIn(long registrationId) {
        HttpResponse<String> checked = send(token("proctor@demo.anquan"), "POST",
                "api/v1/proctoring/registrations/" + registrationId + "/check-in", null);
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
    }

    static HttpResponse<String> send(String token, String method, String path, String json) {
        return sendWith(token, null, method, path, json);
    }

    /** A GET that accepts what a browser's link would (a PDF, say). */
    static HttpResponse<String> download(String token, String path) {
        return Http.send(HttpRequest.newBuilder(Http.uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/pdf, application/problem+json").GET());
    }

    static HttpResponse<String> sendWith(String token, String lease, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.uri(path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lease != null) {
            request.header(LEASE, lease);
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return Http.send(request);
    }

    /**
     * The correct options of each question of an attempt as positions on the candidate's screen — read from the
     * database, which is the only place that knows them during an attempt.
     */
    static List<Set<Integer>> correctShown(long attemptId) {
        List<Set<Integer>> correct = new ArrayList<>();
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("SELECT q.option_order, v.correct FROM exam_attempt_question q "
                     + "JOIN exam_item_version v ON v.id = q.item_version_id WHERE q.attempt_id = ? ORDER BY q.position")) {
            query.setLong(1, attemptId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<String> order = Arrays.asList(rows.getString(1).split(","));
                    correct.add(Arrays.stream(rows.getString(2).split(",")).map(order::indexOf)
                            .collect(Collectors.toCollection(java.util.TreeSet::new)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return correct;
    }

    /** Texts that only the bank holds (explanations, legal bases) for an attempt's questions. */
    static List<String> secretsOf(long attemptId) {
        List<String> secrets = new ArrayList<>();
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("SELECT v.explanation, v.legal_basis FROM exam_attempt_question q "
                     + "JOIN exam_item_version v ON v.id = q.item_version_id WHERE q.attempt_id = ?")) {
            query.setLong(1, attemptId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    for (int column = 1; column <= 2; column++) {
                        String text = rows.getString(column);
                        if (text != null && !text.isBlank()) {
                            secrets.add(text);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return secrets;
    }

    /** The first column of the first row a query returns, as a number. */
    static long single(String sql, Object... parameters) {
        return Long.parseLong(text(sql, parameters));
    }

    /** The first column of the first row a query returns, as text. */
    static String text(String sql, Object... parameters) {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("no row: " + sql);
                }
                return result.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int update(String sql, Object... parameters) {
        try (Connection db = database(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection database() throws SQLException {
        EmbeddedMariaDb server = TestServers.database();
        return DriverManager.getConnection(server.url("anquan"), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    /** A valid 18-digit resident ID number (the check digit computed as GB 11643 says), different each call. */
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

    static byte[] photo() {
        BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 160; y++) {
            for (int x = 0; x < 120; x++) {
                image.setRGB(x, y, (x * 2) << 16 | (y) << 8 | 0x80);
            }
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
