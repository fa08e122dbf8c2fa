package org.anquan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table of one bench run: figures next to their goals, printed and written to bench/results/. */
final class Report {

    /** One figure; {@code met} is null where the figure has no goal of its own. */
    record Row(String scenario, String figure, String value, String goal, Boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void add(String scenario, String figure, String value, String goal, Boolean met) {
        rows.add(new Row(scenario, figure, value, goal, met));
    }

    synchronized void note(String note) {
        notes.add(note);
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "—" : String.format(Locale.ROOT, millis < 10 ? "%.1f ms" : "%.0f ms", millis);
    }

    static String number(double value, String unit) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f %s" : "%.0f %s", value, unit);
    }

    synchronized String markdown(String command, String machine) {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | figure | measured | goal | |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.scenario()).append(" | ").append(row.figure()).append(" | ")
                    .append(row.value()).append(" | ").append(row.goal() == null ? "" : row.goal()).append(" | ")
                    .append(row.met() == null ? "" : row.met() ? "met" : "**missed**").append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        out.append("\nCommand: `").append(command).append("`; machine: ").append(machine).append('\n');
        return out.toString();
    }

    void write(Path folder, String command, String machine) {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.systemDefault());
        String text = "# Bench run of " + now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n\n"
                + markdown(command, machine);
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
            Files.writeString(file, text);
            Files.writeString(folder.resolve("latest.md"), text);
            System.out.println("[bench] figures written to " + file + " and latest.md");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
