package org.anquan.systemtests;

import jakarta.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Statute folders imported the way an editor does it: zipped and uploaded to the import API, followed until the
 * job is finished and the index has every change. The fixtures (written for the tests) are always there; the
 * shared corpus of 104 statutes when its folder is present.
 */
final class Statutes {

    static final Path FIXTURES = Path.of(System.getProperty("anquan.root", ".."), "knowledge-base", "src", "test",
            "resources", "statutes");
    static final Path CORPUS = Path.of(System.getProperty("anquan.laws", "../../shared/data/laws"));
    /** The fixture act with two versions. */
    static final String FIXTURE_SLUG = "shilianquanfa";
    private static JsonObject fixtureJob;
    private static JsonObject corpusJob;

    private Statutes() {
    }

    static synchronized JsonObject fixturesImported() {
        if (fixtureJob == null) {
            fixtureJob = importFolder(FIXTURES);
        }
        return fixtureJob;
    }

    static synchronized JsonObject corpusImported() {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("metadata.tsv")), "no statute corpus at " + CORPUS);
        if (corpusJob == null) {
            corpusJob = importFolder(CORPUS);
        }
        return corpusJob;
    }

    static String adminToken() {
        return AuthorizationMatrixIT.token("admin@demo.anquan", SecurityIT.DEMO_PASSWORD);
    }

    /** Uploads the folder and waits for the finished job and an empty indexing backlog; returns the job. */
    static JsonObject importFolder(Path folder) {
        return importZip(zip(folder), folder.getFileName() + ".zip", true);
    }

    static JsonObject importZip(byte[] zip, String name, boolean awaitIndex) {
        String token = adminToken();
        HttpResponse<String> started = Http.send(HttpRequest.newBuilder(Http.uri("api/v1/admin/imports?name=" + name))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long id = Http.object(started).getJsonNumber("id").longValue();
        JsonObject job = await(Duration.ofMinutes(3), () -> {
            JsonObject current = Http.object(Http.send(HttpRequest.newBuilder(Http.uri("api/v1/admin/imports/" + id))
                    .header("Authorization", "Bearer " + token).GET()));
            return "RUNNING".equals(current.getString("state")) ? null : current;
        });
        assertThat(job.getString("state")).isEqualTo("FINISHED");
        if (awaitIndex) {
            indexed(token);
        }
        return job;
    }

    static JsonObject indexState(String token) {
        return Http.object(Http.send(HttpRequest.newBuilder(Http.uri("api/v1/admin/search-index"))
                .header("Authorization", "Bearer " + token).GET()));
    }

    /** Waits until no rebuild runs (one started by a test ends within that test's deployment). */
    static void rebuildFinished(String token) {
        await(Duration.ofMinutes(3), () -> {
            JsonObject state = indexState(token);
            return !state.containsKey("building") || state.isNull("building") ? state : null;
        });
    }

    /** Waits until the outbox is empty: every change is in the index. */
    static void indexed(String token) {
        await(Duration.ofMinutes(3), () -> {
            JsonObject state = Http.object(Http.send(HttpRequest.newBuilder(Http.uri("api/v1/admin/search-index"))
                    .header("Authorization", "Bearer " + token).GET()));
            return state.getJsonNumber("backlog").longValue() == 0 ? state : null;
        });
    }

    static byte[] zip(Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static <T> T await(Duration timeout, java.util.function.Supplier<T> probe) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            assertThat(Instant.now()).as("waited " + timeout).isBefore(deadline);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static List<JsonObject> hits(JsonObject page) {
        return page.getJsonArray("hits").getValuesAs(JsonObject.class);
    }
}
