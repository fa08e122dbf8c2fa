package org.anquan.platform.schema;

import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaMigratorTest {

    private final SchemaMigrator migrator = new SchemaMigrator();

    @Test
    void appliesMigrationsOnceAndDemoRowsOnlyWhenAsked() throws SQLException {
        try (PersistenceFixture fixture = PersistenceFixture.migrated("sample", false)) {
            assertThat(fixture.migration().migrationsApplied()).isEqualTo(1);
            assertThat(fixture.migration().demoScriptsApplied()).isZero();
            assertThat(countRows(fixture, "sample_note")).isZero();

            SchemaMigrator.Outcome again = migrator.migrate(fixture.dataSource(), "sample", true, getClass().getClassLoader());
            assertThat(again.migrationsApplied()).isZero();
            assertThat(again.demoScriptsApplied()).isEqualTo(1);
            assertThat(countRows(fixture, "sample_note")).isEqualTo(2);

            SchemaMigrator.Outcome third = migrator.migrate(fixture.dataSource(), "sample", true, getClass().getClassLoader());
            assertThat(third).isEqualTo(new SchemaMigrator.Outcome(0, 0));
            assertThat(countRows(fixture, "sample_note")).isEqualTo(2);
        }
    }

    @Test
    void storesChineseTextIntact() throws SQLException {
        try (PersistenceFixture fixture = PersistenceFixture.migrated("sample", true);
             Connection connection = fixture.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT body FROM sample_note ORDER BY id")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("安全第一，预防为主，综合治理 🚒");
        }
    }

    @Test
    void refusesModuleNamesThatCouldEscapeTheMigrationFolder() {
        assertThatThrownBy(() -> migrator.migrate(null, "../other", false, getClass().getClassLoader()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int countRows(PersistenceFixture fixture, String table) throws SQLException {
        try (Connection connection = fixture.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
