package org.anquan.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The running bench stack: its HTTP address, database, Elasticsearch and the keys of its data folder. */
final class Stack {

    static final String DB_USER = "anquan";
    static final String DB_PASSWORD = "anquan";

    final URI base;
    final String dbUrl;
    final String searchUrl;
    final Path root;
    final Path var;
    final String importClasspath;
    final HttpClient http;
    private final byte[] jwtKey;
    private final Map<String, String[]> staffTokens = new ConcurrentHashMap<>();

    Stack() {
        base = URI.create(System.getProperty("anquan.bench.url", "http://localhost:18080/"));
        dbUrl = System.getProperty("anquan.bench.db", "jdbc:mariadb://127.0.0.1:13316/anquan");
        searchUrl = System.getProperty("anquan.bench.search", "http://127.0.0.1:19200");
        root = Path.of(System.getProperty("anquan.root", ".")).toAbsolutePath().normalize();
        var = Path.of(System.getProperty("anquan.var", root.resolve("var-bench").toString()));
        importClasspath = System.getProperty("anquan.bench.import-classpath", "");
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        jwtKey = Base64.getDecoder().decode(secret("jwt-key").trim());
    }

    private String secret(String name) {
        Properties keys = new Properties();
        try (Reader reader = Files.newBufferedReader(var.resolve("secrets.properties"))) {
            keys.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("No keys of the bench stack in " + var, e);
        }
        return keys.getProperty(name);
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection(dbUrl + "?rewriteBatchedStatements=true", DB_USER, DB_PASSWORD);
    }

    /**
     * A bearer token signed with the stack's own key, exactly as the portal issues them. Signing in thousands of
     * candidates through the API would spend minutes of the 2 cores on PBKDF2 (210,000 rounds each) before the
     * exam even starts; that cost belongs to a login benchmark, not to the exam day.
     */
    String mintToken(long accountId, String login, List<String> groups, Duration lifetime) {
        Instant now = Instant.now();
        String header = b64("{\"alg\":\"HS256\"}");
        String claims = b64(Json.createObjectBuilder().add("iss", "anquan").add("sub", Long.toString(accountId))
                .add("upn", login).add("groups", Json.createArrayBuilder(groups))
                .add("iat", now.getEpochSecond()).add("exp", now.plus(lifetime).getEpochSecond())
                .add("jti", UUID.randomUUID().toString()).build().toString());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(jwtKey, "HmacSHA256"));
            String signature = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII)));
            return header + "." + claims + "." + signature;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A token of a demo staff account through the API (renewed after ten minutes). */
    String staffToken(String login) {
        String[] cached = staffTokens.get(login);
        if (cached != null && Instant.parse(cached[1]).isAfter(Instant.now())) {
            return cached[0];
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"login\":\"" + login + "\",\"password\":\"Anquan-demo-2026\"}")));
        require(response, 200);
        String token = object(response).getString("access_token");
        staffTokens.put(login, new String[]{token, Instant.now().plus(Duration.ofMinutes(10)).toString()});
        return token;
    }

    HttpResponse<String> call(String token, String lease, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lease != null) {
            request.header("Anquan-Lease", lease);
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request);
    }

    /**
     * Requests sent again because the server had closed the kept-alive connection just as the request left (the
     * JDK client retries only idempotent requests itself); each one is reported.
     */
    static final java.util.concurrent.atomic.AtomicInteger RESENT = new java.util.concurrent.atomic.AtomicInteger();

    HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(120)).build();
        try {
            try {
                return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                    throw e;
                }
                RESENT.incrementAndGet();
                return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " → "
                    + response.statusCode() + " " + abbreviate(response.body()));
        }
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response.body());
    }

    static JsonStructure json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static long single(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
