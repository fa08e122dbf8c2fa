package org.anquan.systemtests;

import org.anquan.devstack.Backup;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code ./anquan backup} and {@code restore} on the test stack's database while the portal runs: a backup restored
 * into another database dumps to exactly the same rows, table by table; a damaged backup changes nothing.
 */
@SystemTest
class BackupIT {

    private static final Path MARIADB = Path.of(System.getProperty("anquan.work"), "mariadb", "base");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    @Test
    void aBackupRestoredElsewhereHoldsEveryRowOfEveryTable() throws IOException {
        // rows a plain text dump could get wrong: a photo (binary), emoji, combining marks, right-to-left text
        Exams.candidate("备份测试");
        String title = "备份🚒 e\u0301 \u05e9\u05dc\u05d5\u05dd 'quoted' \\ back";
        String login = "backup-" + System.nanoTime() + "@test.anquan";
        Exams.citizen(login, "备份");
        HttpResponse<String> asked = Exams.send(Exams.token(login), "POST", "api/v1/questions",
                "{\"title\":\"" + title.replace("\\", "\\\\") + "\",\"body\":\"第一行\\n第二行\\t制表\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);

        Path work = Files.createTempDirectory("anquan-backup");
        Backup backup = new Backup(MARIADB, port());
        Map<String, Long> tables = backup.dump("anquan", work.resolve("first"));
        assertThat(tables).containsKeys("platform_account", "exam_attempt", "booking_booking", "kb_document");
        assertThat(tables.get("platform_account")).isPositive();

        Map<String, Long> restored = backup.restore(work.resolve("first"), "anquan_copy");
        assertThat(restored).isEqualTo(tables);
        backup.dump("anquan_copy", work.resolve("second"));
        assertThat(rows(work.resolve("second"))).as("every row of every table, restored")
                .isEqualTo(rows(work.resolve("first")));
        assertThat(String.join("\n", rows(work.resolve("second")))).contains("🚒").contains("\u05e9\u05dc\u05d5\u05dd");
    }

    @Test
    void aDamagedBackupIsRefusedAndChangesNothing() throws IOException {
        Path work = Files.createTempDirectory("anquan-backup");
        Backup backup = new Backup(MARIADB, port());
        backup.dump("anquan", work.resolve("whole"));
        backup.restore(work.resolve("whole"), "anquan_kept");
        Map<String, Long> before = backup.counts("anquan_kept");

        Path damaged = work.resolve("damaged");
        Files.createDirectories(damaged);
        Files.copy(work.resolve("whole/manifest.properties"), damaged.resolve("manifest.properties"));
        List<String> lines = Files.readAllLines(work.resolve("whole/database.sql"), StandardCharsets.UTF_8);
        // a backup cut off on its way to the tape: the last tables' rows are missing
        Files.write(damaged.resolve("database.sql"), lines.subList(0, lines.size() * 2 / 3), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> backup.restore(damaged, "anquan_kept")).hasMessageContaining("nothing was changed");
        assertThat(backup.counts("anquan_kept")).isEqualTo(before);
        assertThatThrownBy(() -> backup.dump("anquan", work.resolve("whole")))
                .as("a backup never overwrites another").hasMessageContaining("not empty");
    }

    /** The rows of a dump, without its header and footer comments (host, time). */
    private static List<String> rows(Path backup) throws IOException {
        return Files.readAllLines(backup.resolve("database.sql"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("INSERT INTO ") || line.startsWith("CREATE TABLE ")).toList();
    }

    private static int port() {
        return Integer.getInteger("anquan.test.db.port", 23306);
    }
}
