package org.anquan.platform.schema;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Applies a module's Flyway migrations ({@code db/migration/<module>}) and, where asked, its demo rows
 * ({@code db/demo/<module>}). Each module keeps its own history table, so modules migrate independently; Flyway's
 * database lock keeps two Payara instances from migrating at once.
 */
public final class SchemaMigrator {

    public record Outcome(int migrationsApplied, int demoScriptsApplied) {
    }

    public Outcome migrate(DataSource dataSource, String module, boolean withDemoData, ClassLoader resources) {
        if (!module.matches("[a-z]+")) {
            throw new IllegalArgumentException("Module names are lower-case letters: " + module);
        }
        int applied = flyway(dataSource, "db/migration/" + module, "flyway_history_" + module, resources, true)
                .migrate().migrationsExecuted;
        int demo = 0;
        if (withDemoData) {
            // demo rows that a later version rewrites are not re-checked: a developer's var/ keeps working
            demo = flyway(dataSource, "db/demo/" + module, "flyway_demo_" + module, resources, false)
                    .migrate().migrationsExecuted;
        }
        return new Outcome(applied, demo);
    }

    private static Flyway flyway(DataSource dataSource, String location, String table, ClassLoader resources,
                                 boolean validate) {
        return Flyway.configure(resources)
                .validateOnMigrate(validate)
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(table)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load();
    }
}
