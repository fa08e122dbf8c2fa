package org.anquan.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real servers a test JVM needs, started once per JVM on first use and stopped when the JVM exits. Each JVM
 * gets fresh data under {@code anquan.work} (the module's target/stack), so a running portal is never touched.
 * Ports come from {@code anquan.test.db.port} and {@code anquan.test.search.port}, or are picked free.
 */
public final class TestServers {

    private static EmbeddedMariaDb database;
    private static SearchServer search;

    private TestServers() {
    }

    public static synchronized EmbeddedMariaDb database() {
        if (database == null) {
            Path folder = work().resolve("mariadb");
            deleteTree(folder.resolve("data"));
            database = EmbeddedMariaDb.start(folder, port("anquan.test.db.port"));
            EmbeddedMariaDb started = database;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-mariadb-stop"));
        }
        return database;
    }

    public static synchronized SearchServer search() {
        if (search == null) {
            Path folder = work().resolve("elasticsearch");
            deleteTree(folder.resolve("data"));
            int httpPort = port("anquan.test.search.port");
            search = SearchServer.start(dist().resolve("elasticsearch-" + System.getProperty("anquan.elasticsearch.version", "9.3.2")),
                    folder, httpPort, freePort(), "384m");
            SearchServer started = search;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-elasticsearch-stop"));
        }
        return search;
    }

    public static Path dist() {
        return Path.of(required("anquan.dist"));
    }

    private static Path work() {
        return Path.of(required("anquan.work"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (the Maven build sets it)");
        }
        return value;
    }

    private static int port(String property) {
        Integer fixed = Integer.getInteger(property);
        return fixed != null ? fixed : freePort();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }
}
