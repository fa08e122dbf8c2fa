package org.anquan.knowledge.law.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.anquan.platform.schema.SchemaMigrator;
import org.mariadb.jdbc.MariaDbDataSource;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code ./anquan import DIR}: imports a statute folder into the portal's database (the one {@code ./anquan run}
 * starts, or ANQUAN_DB_URL) with a progress bar. Changes reach the search index through the outbox as soon as the
 * portal runs. Exit status 0 when every file was imported, 3 when some were not, 2 on bad use, 1 when the database
 * cannot be reached.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static void main(String[] args) throws SQLException {
        PrintStream out = System.out;
        if (args.length != 1) {
            System.err.println("Usage: ./anquan import DIR   (a folder of statute files, *.md, with optional *.tsv sheets)");
            System.exit(2);
        }
        Path folder = Path.of(args[0]).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            System.err.println("Not a folder: " + folder);
            System.exit(2);
        }
        String url = env("ANQUAN_DB_URL", "jdbc:mariadb://127.0.0.1:" + env("ANQUAN_DB_PORT", "3316") + "/anquan");
        MariaDbDataSource dataSource = new MariaDbDataSource(url);
        dataSource.setUser(env("ANQUAN_DB_USER", "anquan"));
        dataSource.setPassword(env("ANQUAN_DB_PASSWORD", "anquan"));
        try (Connection probe = dataSource.getConnection()) {
            probe.isValid(2);
        } catch (SQLException e) {
            System.err.println("Cannot reach the database at " + url + " (" + e.getMessage() + ").");
            System.err.println("Start the portal first with ./anquan run, or set ANQUAN_DB_URL, ANQUAN_DB_USER and ANQUAN_DB_PASSWORD.");
            System.exit(1);
        }
        new SchemaMigrator().migrate(dataSource, "kb", false, ImportCommand.class.getClassLoader());
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.nonJtaDataSource", dataSource);
        settings.put("hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
        settings.put("hibernate.show_sql", "false");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("kb", settings);
        StatuteFolder statutes = new StatuteFolder(folder);
        boolean terminal = System.console() != null;
        out.println("Importing " + statutes.paths().size() + " files from " + folder);
        StatuteImporter importer = new StatuteImporter(KnownStatutes.builtIn(), LocalDate.now(ZoneId.of("Asia/Shanghai")));
        FolderImport.Report report = FolderImport.run(statutes, importer, new FolderImport.Transactions() {
            @Override
            public <T> T inNewTransaction(Function<EntityManager, T> work) {
                EntityManager em = factory.createEntityManager();
                try {
                    em.getTransaction().begin();
                    T result = work.apply(em);
                    em.getTransaction().commit();
                    return result;
                } finally {
                    if (em.getTransaction().isActive()) {
                        em.getTransaction().rollback();
                    }
                    em.close();
                }
            }
        }, (done, total, path, outcome, error) -> progress(out, terminal, done, total, path, error), Clock.systemUTC());
        factory.close();
        out.println();
        out.printf("Done: %d files, %d new, %d updated, %d unchanged, %d failed.%n", report.total(),
                report.created(), report.updated(), report.unchanged(), report.failed());
        report.errors().forEach(error -> out.println("  ✗ " + error));
        out.println("The search index picks the changes up from the outbox while the portal runs.");
        System.exit(report.failed() == 0 ? 0 : 3);
    }

    private static void progress(PrintStream out, boolean terminal, int done, int total, String path, String error) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        String bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total;
        if (error != null) {
            out.print(terminal ? "\r\033[K" : "");
            out.println("  ✗ " + error);
        }
        if (terminal) {
            String name = path.length() > 40 ? "…" + path.substring(path.length() - 39) : path;
            out.print("\r\033[K" + bar + " " + name);
        } else if (done == total || done % Math.max(1, total / 10) == 0) {
            out.println(bar);
        }
        out.flush();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
