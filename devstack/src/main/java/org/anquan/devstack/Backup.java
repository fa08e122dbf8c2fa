package org.anquan.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code ./anquan backup DIR} and {@code ./anquan restore DIR}. Everything the portal keeps is in its MariaDB
 * database (uploaded photos, item pictures and import files included) plus the keys in {@code var/secrets.properties}
 * that encrypt identity numbers and sign tokens; the search index is derived and is rebuilt from the database.
 * <p>
 * A backup is a consistent dump ({@code mariadb-dump --single-transaction}, the portal may keep running), a manifest
 * with every table's row count, and a copy of the keys. A restore loads the dump into a staging database, checks every
 * table's rows against the manifest, and only then replaces the portal's database with it in one {@code RENAME
 * TABLE}: a broken or partial backup leaves the current data as it was.
 */
public final class Backup {

    static final String DUMP = "database.sql";
    static final String MANIFEST = "manifest.properties";
    static final String SECRETS = "secrets.properties";
    private static final String STAGING = "anquan_restoring";

    private final Path mariadbBase;
    private final String url;

    /** @param mariadbBase the folder of the MariaDB binaries (its {@code bin/mariadb-dump}) */
    public Backup(Path mariadbBase, int port) {
        this.mariadbBase = mariadbBase;
        this.url = "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public static void main(String[] args) {
        if (args.length != 2 || !List.of("backup", "restore").contains(args[0])) {
            System.err.println("usage: Backup backup|restore DIR");
            System.exit(2);
        }
        Path var = Path.of(System.getProperty("anquan.var", "var")).toAbsolutePath();
        int port = Integer.getInteger("anquan.db.port", 3316);
        Path folder = Path.of(args[1]).toAbsolutePath();
        boolean running = isRunning(var);
        if (args[0].equals("restore") && running) {
            fail("the portal is running from " + var + ": stop it first (./anquan stop), then restore");
        }
        if (!Files.isDirectory(var.resolve("mariadb"))) {
            if (args[0].equals("backup")) {
                fail("no data in " + var + " to back up");
            }
        }
        EmbeddedMariaDb started = null;
        try {
            if (!running) {
                say("starting MariaDB on port " + port + " (data in " + var.resolve("mariadb") + ")");
                started = EmbeddedMariaDb.start(var.resolve("mariadb"), port);
            }
            Backup backup = new Backup(var.resolve("mariadb/base"), port);
            if (args[0].equals("backup")) {
                Map<String, Long> tables = backup.dump("anquan", folder);
                copyIfPresent(var.resolve(SECRETS), folder.resolve(SECRETS));
                say("backed up " + tables.size() + " tables, " + tables.values().stream().mapToLong(Long::longValue)
                        .sum() + " rows, to " + folder + " (it holds the portal's keys: keep it as safe as the server)");
            } else {
                Map<String, Long> tables = backup.restore(folder, "anquan");
                copyIfPresent(folder.resolve(SECRETS), var.resolve(SECRETS));
                // the index is derived: without its data, the next start creates it and fills it from the database
                deleteTree(var.resolve("elasticsearch/data"));
                say("restored " + tables.size() + " tables, " + tables.values().stream().mapToLong(Long::longValue)
                        .sum() + " rows, from " + folder + "; the search index is rebuilt from them at the next "
                        + "./anquan run");
            }
        } catch (RuntimeException e) {
            fail(e.getMessage());
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }

    /**
     * Dumps the database into a new folder (it must not exist or be empty) and writes the manifest; returns the row
     * count of every table.
     */
    public Map<String, Long> dump(String database, Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalStateException(folder + " is not empty: a backup never overwrites another");
                    }
                }
            }
            Files.createDirectories(folder);
            try {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its own permissions apply
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path dump = folder.resolve(DUMP);
        Path part = folder.resolve(DUMP + ".part");
        Map<String, Long> counts;
        // the counts are taken in the dump's own snapshot only if nothing writes meanwhile; a running portal may,
        // so the manifest counts come from the dump file itself
        List<String> command = List.of(mariadbBase.resolve("bin/mariadb-dump").toString(),
                "--host=127.0.0.1", "--port=" + port(), "--user=" + EmbeddedMariaDb.USER,
                "--single-transaction", "--quick", "--hex-blob", "--skip-extended-insert", "--skip-add-locks",
                "--routines", "--triggers",
                "--default-character-set=utf8mb4", "--result-file=" + part, database);
        Processes.Result result = Processes.run(command, Map.of("MYSQL_PWD", EmbeddedMariaDb.PASSWORD), null,
                Duration.ofHours(2));
        if (result.exitCode() != 0) {
            throw new IllegalStateException("mariadb-dump failed: " + result.output());
        }
        counts = countRows(part);
        try {
            Files.move(part, dump, StandardCopyOption.ATOMIC_MOVE);
            Properties manifest = new Properties();
            manifest.setProperty("created", Instant.now().toString());
            manifest.setProperty("database", database);
            counts.forEach((table, rows) -> manifest.setProperty("rows." + table, Long.toString(rows)));
            try (var out = Files.newBufferedWriter(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
                manifest.store(out, "Anquan backup: every table with its row count");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /**
     * Loads a backup into a staging database, checks every table's rows against the manifest, then swaps it in for
     * {@code database} (whose old tables are dropped). Returns the row count of every table.
     */
    public Map<String, Long> restore(Path folder, String database) {
        Path dump = folder.resolve(DUMP);
        Path manifestFile = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(dump) || !Files.isRegularFile(manifestFile)) {
            throw new IllegalStateException(folder + " is not a backup: it needs " + DUMP + " and " + MANIFEST);
        }
        Map<String, Long> expected = new TreeMap<>();
        Properties manifest = new Properties();
        try (var in = Files.newBufferedReader(manifestFile, StandardCharsets.UTF_8)) {
            manifest.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        manifest.stringPropertyNames().stream().filter(key -> key.startsWith("rows."))
                .forEach(key -> expected.put(key.substring(5), Long.parseLong(manifest.getProperty(key))));
        try (Connection connection = DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + STAGING);
            statement.execute("CREATE DATABASE " + STAGING + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.execute("USE " + STAGING);
            Map<String, Long> restored;
            try {
                load(statement, dump);
                statement.execute("UNLOCK TABLES"); // a dump made with LOCK TABLES that ended inside one
                restored = counts(statement, STAGING);
                if (!restored.equals(expected)) {
                    throw new IllegalStateException("the backup does not load as its manifest says: " + difference(
                            expected, restored));
                }
            } catch (SQLException | RuntimeException e) {
                statement.execute("UNLOCK TABLES");
                statement.execute("DROP DATABASE " + STAGING);
                throw new IllegalStateException(e.getMessage() + "; nothing was changed", e);
            }
            statement.execute("CREATE DATABASE IF NOT EXISTS " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            List<String> old = tables(statement, database);
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : old) {
                statement.execute("DROP TABLE " + database + ".`" + table + "`");
            }
            if (!restored.isEmpty()) {
                List<String> renames = new ArrayList<>();
                for (String table : restored.keySet()) {
                    renames.add(STAGING + ".`" + table + "` TO " + database + ".`" + table + "`");
                }
                statement.execute("RENAME TABLE " + String.join(", ", renames));
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            statement.execute("DROP DATABASE " + STAGING);
            return restored;
        } catch (SQLException e) {
            throw new IllegalStateException("restore failed: " + e.getMessage(), e);
        }
    }

    private static String difference(Map<String, Long> expected, Map<String, Long> loaded) {
        List<String> differences = new ArrayList<>();
        for (String table : new java.util.TreeSet<>(union(expected.keySet(), loaded.keySet()))) {
            if (!java.util.Objects.equals(expected.get(table), loaded.get(table))) {
                differences.add(table + " " + loaded.getOrDefault(table, 0L) + " rows of "
                        + expected.getOrDefault(table, 0L));
            }
        }
        return String.join(", ", differences);
    }

    private static java.util.Set<String> union(java.util.Set<String> one, java.util.Set<String> other) {
        java.util.Set<String> all = new java.util.HashSet<>(one);
        all.addAll(other);
        return all;
    }

    /** Row counts of every base table of a database. */
    public Map<String, Long> counts(String database) {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement statement = connection.createStatement()) {
            return counts(statement, database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> counts(Statement statement, String database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables(statement, database)) {
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + database + ".`" + table + "`")) {
                rows.next();
                counts.put(table, rows.getLong(1));
            }
        }
        return counts;
    }

    private static List<String> tables(Statement statement, String database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE "
                + "table_schema = '" + database + "' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /**
     * Runs the statements of a mariadb-dump file over JDBC (the command-line client needs libraries a plain Debian
     * lacks). A dump escapes line breaks inside values, so a statement ends where a line ends with a semicolon;
     * {@code DELIMITER} blocks (routines, triggers) end with their own delimiter.
     */
    static void load(Statement statement, Path dump) throws SQLException {
        String delimiter = ";";
        StringBuilder current = new StringBuilder();
        try (BufferedReader reader = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (current.isEmpty() && (line.isEmpty() || line.startsWith("-- ") || line.equals("--"))) {
                    continue;
                }
                if (current.isEmpty() && line.startsWith("DELIMITER ")) {
                    delimiter = line.substring("DELIMITER ".length()).trim();
                    continue;
                }
                current.append(line).append('\n');
                if (line.endsWith(delimiter)) {
                    String sql = current.substring(0, current.length() - 1 - delimiter.length());
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                    current.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("the dump ends in the middle of a statement: it is incomplete");
        }
    }

    /** Rows per table as the dump holds them: one INSERT per row ({@code --skip-extended-insert}). */
    static Map<String, Long> countRows(Path dump) {
        Map<String, Long> counts = new TreeMap<>();
        try (BufferedReader reader = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("CREATE TABLE `")) {
                    counts.putIfAbsent(line.substring(14, line.indexOf('`', 14)), 0L);
                } else if (line.startsWith("INSERT INTO `")) {
                    counts.merge(line.substring(13, line.indexOf('`', 13)), 1L, Long::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private String port() {
        return url.substring(url.lastIndexOf(':') + 1, url.length() - 1);
    }

    private static boolean isRunning(Path var) {
        Path pid = var.resolve("anquan.pid");
        try {
            return Files.isRegularFile(pid) && ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()))
                    .map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static void copyIfPresent(Path from, Path to) {
        if (Files.isRegularFile(from)) {
            try {
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteTree(Path folder) {
        TestServers.deleteTree(folder);
    }

    private static void say(String message) {
        System.out.println("[anquan] " + message);
    }

    private static void fail(String message) {
        System.err.println("[anquan] " + message);
        System.exit(1);
    }
}
