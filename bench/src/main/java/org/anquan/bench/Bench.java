package org.anquan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code ./anquan bench [scenario] [--option value …]}: runs the scenarios and prints the table. */
public final class Bench {

    private static final List<String> SCENARIOS = List.of("exam-day", "search", "booking-rush", "pages");
    /** Run only when named: half an hour of mixed traffic. */
    private static final String SOAK = "soak";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println("""
                    Usage: ./anquan bench [--keep] [exam-day|search|booking-rush|pages|soak] [options]
                    (soak runs only when named)

                      --candidates N      exam-day: candidates (2000)
                      --think S           exam-day: seconds between two answers of a candidate (10)
                      --answers N         exam-day: questions each candidate answers before all submit (20)
                      --start-window S    exam-day: the candidates start within S seconds (60)
                      --burst-seconds S   exam-day: length of the autosave capacity burst (15)
                      --copies K          search: variants of each statute beside the original (9: ~63,000 articles)
                      --search-seconds S  search: seconds per target (app, Elasticsearch, LIKE), each after a
                                          warm-up of a third of it (20)
                      --attempts N        booking-rush: concurrent booking attempts (1000)
                      --places N          booking-rush: places of the slot (100)
                      --visitors N        pages: concurrent visitors (20)
                      --pages-seconds S   pages: seconds of browsing (40)
                      --page-think S      pages: seconds a visitor reads a page, jittered ±50 % (2)
                      --soak-minutes M    soak: minutes of mixed traffic; live heap every tenth (30)
                      --soak-citizens N   soak: citizens searching, reading events, booking and cancelling (20);
                                          --visitors sets its page readers
                    """);
            return;
        }
        List<String> scenarios = new ArrayList<>(SCENARIOS);
        if (!arguments.isEmpty() && !arguments.get(0).startsWith("--")) {
            String chosen = arguments.remove(0);
            if (!SCENARIOS.contains(chosen) && !SOAK.equals(chosen)) {
                System.err.println("Unknown scenario " + chosen + "; one of " + SCENARIOS);
                System.exit(2);
            }
            scenarios = List.of(chosen);
        }
        Options options = new Options(arguments);
        Stack stack = new Stack();
        Report report = new Report();
        Instant begin = Instant.now();
        int failed = 0;
        for (String scenario : scenarios) {
            Instant start = Instant.now();
            System.out.println("[bench] " + scenario + " …");
            try {
                switch (scenario) {
                    case "exam-day" -> new ExamDay(stack, report, options).run();
                    case "search" -> new SearchLoad(stack, report, options).run();
                    case "booking-rush" -> new BookingRush(stack, report, options).run();
                    case "pages" -> new Pages(stack, report, options).run();
                    case SOAK -> new Soak(stack, report, options).run();
                    default -> throw new IllegalStateException(scenario);
                }
            } catch (Exception | Error e) {
                failed++;
                report.add(scenario, "did not finish", e.toString(), null, false);
                e.printStackTrace();
            }
            report.note(scenario + " took " + Duration.between(start, Instant.now()).toSeconds() + " s");
        }
        report.note(Stack.RESENT.get() + " requests were sent a second time because the server had just closed the "
                + "kept-alive connection (no byte of an answer came back)");
        report.note("the whole run took " + Duration.between(begin, Instant.now()).toSeconds() + " s");
        String command = "./anquan bench " + String.join(" ", args);
        String machine = machine();
        System.out.println();
        System.out.println(report.markdown(command.trim(), machine));
        report.write(stack.root.resolve("bench/results"), command.trim(), machine);
        System.exit(failed == 0 ? 0 : 1);
    }

    private static String machine() {
        long memory = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memory = Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // only for the report
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + (memory < 0 ? "?" : memory + " GiB")
                + " RAM, " + System.getProperty("os.name") + ", Java " + System.getProperty("java.version")
                + " (bench client on the same machine as the stack)";
    }
}
