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

    private static int searchPort;

    public static synchronized SearchServer search() {
        if (search == null) {
            Path folder = work().resolve("elasticsearch");
            boolean firstStart = searchPort == 0;
            if (firstStart) {
                deleteTree(folder.resolve("data"));
                searchPort = port("anquan.test.search.port");
            }
            search = SearchServer.start(SearchServer.homeIn(dist()),
                    folder, searchPort, freePort(), "384m");
            if (firstStart) {
                Runtime.getRuntime().addShutdownHook(new Thread(TestServers::stopSearch, "test-elasticsearch-stop"));
            }
        }
        return search;
    }

    /** Stops Elasticsearch (an outage test); the next {@link #search()} starts it again on the same port and data. */
    public static synchronized void stopSearch() {
        if (search != null) {
            search.close();
            search = null;
        }
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
