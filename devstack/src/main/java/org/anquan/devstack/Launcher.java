package org.anquan.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./anquan run}: starts MariaDB, Elasticsearch and Payara on their embedded defaults, deploys the EAR and
 * stays in the foreground until it receives SIGINT/SIGTERM, then stops everything it started.
 */
public final class Launcher {

    private static final String APPLICATION = "anquan";

    private final Path root;
    private final Path var;
    private final Path dist;
    private final int dbPort;
    private final int searchPort;
    private final int portBase;

    private EmbeddedMariaDb database;
    private SearchServer search;
    private PayaraServer payara;

    Launcher(Path root, Path var, int dbPort, int searchPort, int portBase) {
        this.root = root;
        this.var = var;
        this.dist = root.resolve("devstack/target/dist");
        this.dbPort = dbPort;
        this.searchPort = searchPort;
        this.portBase = portBase;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("anquan.root", ".")).toAbsolutePath().normalize();
        Path var = Path.of(System.getProperty("anquan.var", root.resolve("var").toString())).toAbsolutePath();
        Launcher launcher = new Launcher(root, var,
                Integer.getInteger("anquan.db.port", 3316),
                Integer.getInteger("anquan.search.port", 9200),
                Integer.getInteger("anquan.portbase", 8000));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.stop();
            stopped.countDown();
        }, "anquan-stop"));
        try {
            launcher.start();
        } catch (RuntimeException e) {
            System.err.println("[anquan] " + e.getMessage());
            System.exit(2);
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void start() {
        Instant begin = Instant.now();
        Path ear = root.resolve("ear/target/anquan.ear");
        if (!Files.isRegularFile(ear)) {
            throw new IllegalStateException("No " + ear + ": build first (./anquan run does)");
        }
        writePid();
        say("starting MariaDB on port " + dbPort + " (data in " + var.resolve("mariadb") + ")");
        database = EmbeddedMariaDb.start(var.resolve("mariadb"), dbPort);
        database.createDatabase("anquan");
        say("starting Elasticsearch on port " + searchPort);
        search = SearchServer.start(SearchServer.homeIn(dist),
                var.resolve("elasticsearch"), searchPort, searchPort + 100, "512m");
        payara = new PayaraServer(dist.resolve("payara6"), var.resolve("payara"), "anquan", portBase, Map.of(
                "ANQUAN_DB_URL", database.url("anquan"),
                "ANQUAN_DB_USER", EmbeddedMariaDb.USER,
                "ANQUAN_DB_PASSWORD", EmbeddedMariaDb.PASSWORD,
                "ANQUAN_SEARCH_URL", search.url(),
                "ANQUAN_DEMO_DATA", "true",
                "ANQUAN_PUBLIC_URL", "http://localhost:" + (portBase + 80),
                "ANQUAN_CRYPTO_FIELD_KEY", Secrets.kept(var.resolve("secrets.properties"), "field-key"),
                "ANQUAN_JWT_KEY", Secrets.kept(var.resolve("secrets.properties"), "jwt-key")));
        say("starting Payara Server (admin port " + payara.adminPort() + ")");
        Path running = var.resolve("payara/anquan.running");
        if (Files.exists(running)) {
            // the last run ended without stopping (killed, crashed): its half-registered application would fail
            // the domain's start, so the domain is made afresh (the data lives in MariaDB and Elasticsearch)
            say("the last run did not stop cleanly: making Payara's domain afresh");
            payara.recreateDomain();
        } else {
            payara.createDomainIfMissing();
        }
        payara.setHeap("1g");
        payara.tuneHttpListener(PayaraServer.REQUEST_THREADS);
        payara.start();
        touch(running);
        say("deploying " + ear.getFileName());
        payara.deploy(ear, APPLICATION);
        payara.awaitPage("/", Duration.ofMinutes(3));
        long seconds = Duration.between(begin, Instant.now()).toSeconds();
        say("ready in " + seconds + " s: http://localhost:" + payara.httpPort() + "/  (Ctrl-C stops everything)");
    }

    synchronized void stop() {
        if (payara != null) {
            say("stopping Payara");
            payara.undeployQuietly(APPLICATION);
            payara.stopQuietly();
            payara = null;
            try {
                Files.deleteIfExists(var.resolve("payara/anquan.running"));
            } catch (IOException e) {
                // the next start makes the domain afresh
            }
        }
        if (search != null) {
            say("stopping Elasticsearch");
            search.close();
            search = null;
        }
        if (database != null) {
            say("stopping MariaDB");
            database.close();
            database = null;
        }
        try {
            Files.deleteIfExists(var.resolve("anquan.pid"));
        } catch (IOException e) {
            // the pid file only helps ./anquan stop
        }
        say("stopped");
    }

    private static void touch(Path file) {
        try {
            Files.writeString(file, "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private void writePid() {
        try {
            Files.createDirectories(var);
            Files.writeString(var.resolve("anquan.pid"), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to " + var, e);
        }
    }

    private static void say(String message) {
        System.out.println("[anquan] " + message);
    }
}
