package org.anquan.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The figures of {@code ./anquan faults}, one table row per scenario, in {@code system-tests/target/faults-report.md}. */
final class FaultReport {

    static final Path FILE = Path.of(System.getProperty("anquan.root", ".."), "system-tests", "target",
            "faults-report.md");
    private static boolean started;

    private FaultReport() {
    }

    static synchronized void append(String scenario, String figures) {
        try {
            if (!started) {
                Files.createDirectories(FILE.getParent());
                Files.writeString(FILE, "# Fault run\n\n| scenario | figures |\n|---|---|\n", StandardCharsets.UTF_8);
                started = true;
            }
            Files.writeString(FILE, "| " + scenario + " | " + figures.replace("|", "\\|") + " |\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("[faults] " + scenario + ": " + figures);
    }
}
