package org.anquan.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Elasticsearch node (the integ-test-zip distribution) on loopback. Elasticsearch refuses to run as root, so
 * a root caller runs it as the unprivileged system user {@value #SERVICE_USER}, created on first use.
 */
public final class SearchServer implements AutoCloseable {

    public static final String SERVICE_USER = "anquan";
    static final int MINIMUM_JDK = 21;

    private final Process process;
    private final Path pidFile;
    private final int httpPort;

    private SearchServer(Process process, Path pidFile, int httpPort) {
        this.process = process;
        this.pidFile = pidFile;
        this.httpPort = httpPort;
    }

    public static SearchServer start(Path home, Path work, int httpPort, int transportPort, String heap) {
        Path jdk = Jdks.find(MINIMUM_JDK).orElseThrow(() -> new IllegalStateException(Jdks.installAdvice(MINIMUM_JDK)));
        if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
            throw new IllegalStateException("No Elasticsearch at " + home + ": build the devstack module first");
        }
        boolean root = Processes.isRoot();
        if (root) {
            ensureServiceUser();
            if (!readableByServiceUser(home)) {
                home = copyHomeForServiceUser(home);
            }
            if (!readableByServiceUser(work.getParent())) {
                // e.g. a checkout under /root: keep the node's files where the service user may go
                work = Path.of("/var/tmp/anquan-search", Integer.toHexString(work.toAbsolutePath().hashCode()));
            }
        }
        Path config = work.resolve("config");
        Path data = work.resolve("data");
        Path logs = work.resolve("logs");
        Path pidFile = work.resolve("elasticsearch.pid");
        try {
            Files.createDirectories(data);
            Files.createDirectories(logs);
            if (!Files.isDirectory(config)) {
                copyTree(home.resolve("config"), config);
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + work, e);
        }
        if (root) {
            Processes.runChecked(List.of("chown", "-R", SERVICE_USER + ":" + SERVICE_USER, work.toString()),
                    Map.of(), Duration.ofMinutes(1));
        }
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
        }
        command.addAll(List.of("env",
                "ES_JAVA_HOME=" + jdk,
                "ES_PATH_CONF=" + config,
                "ES_JAVA_OPTS=-Xms" + heap + " -Xmx" + heap,
                home.resolve("bin/elasticsearch").toString(),
                "-p", pidFile.toString(),
                "-E", "discovery.type=single-node",
                "-E", "xpack.security.enabled=false",
                "-E", "cluster.name=anquan",
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + httpPort,
                "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + data,
                "-E", "path.logs=" + logs,
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
                "-E", "action.destructive_requires_name=false"));
        try {
            Process process = new ProcessBuilder(Processes.detached(command))
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("console.log").toFile())
                    .start();
            SearchServer server = new SearchServer(process, pidFile, httpPort);
            Path consoleLog = work.resolve("console.log");
            try {
                Processes.await("Elasticsearch on port " + httpPort, Duration.ofSeconds(120), () -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Elasticsearch exited with " + process.exitValue()
                                + "; see " + consoleLog);
                    }
                    return Http.status(server.url() + "/_cluster/health?wait_for_status=yellow&timeout=1s") == 200;
                });
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Elasticsearch", e);
        }
    }

    /**
     * The Elasticsearch that the devstack build unpacked into the dist folder; its version is the one pinned in the
     * root pom, so nothing here repeats it.
     */
    public static Path homeIn(Path dist) {
        try (Stream<Path> entries = Files.list(dist)) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith("elasticsearch-")
                            && Files.isDirectory(entry))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Elasticsearch in " + dist + ": build the devstack module first"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dist, e);
        }
    }

    private static void ensureServiceUser() {
        if (Processes.run("id", "-u", SERVICE_USER).ok()) {
            return;
        }
        Processes.runChecked(List.of("useradd", "--system", "--user-group", "--no-create-home",
                "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", SERVICE_USER), Map.of(), Duration.ofMinutes(1));
    }

    private static boolean readableByServiceUser(Path path) {
        return Processes.run("runuser", "-u", SERVICE_USER, "--", "test", "-r", path.toString(),
                "-a", "-x", path.toString()).ok();
    }

    private static Path copyHomeForServiceUser(Path home) {
        Path copy = Path.of("/var/tmp/anquan-search", home.getFileName().toString());
        if (!Files.isExecutable(copy.resolve("bin/elasticsearch"))) {
            copyTree(home, copy);
            Processes.runChecked(List.of("chmod", "-R", "a+rX", copy.getParent().toString()), Map.of(), Duration.ofMinutes(1));
        }
        return copy;
    }

    private static void copyTree(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + source + " to " + target, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Stops the node through its pid file (the process we started may be runuser, not the JVM). */
    @Override
    public void close() {
        try {
            if (Files.isRegularFile(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                Processes.terminate(pid, Duration.ofSeconds(30));
            }
        } catch (IOException | NumberFormatException e) {
            // fall through to the process we started
        }
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
