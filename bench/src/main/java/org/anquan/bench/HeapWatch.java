package org.anquan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Polls the used heap of the bench stack's Payara with jstat (from the JDK that runs the bench); keeps the peak. */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong peakKb = new AtomicLong(-1);
    private final Thread thread;
    private volatile Process process;

    HeapWatch(Stack stack) {
        Path pidFile = stack.var.resolve("payara/anquan/config/pid");
        thread = new Thread(() -> watch(pidFile), "heap-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch(Path pidFile) {
        try {
            String pid = Files.readString(pidFile).trim();
            Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
            process = new ProcessBuilder(jstat.toString(), "-gc", pid, "1000").redirectErrorStream(true).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                String header = lines.readLine();
                if (header == null) {
                    return;
                }
                String[] names = header.trim().split("\\s+");
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] values = line.trim().split("\\s+");
                    if (values.length != names.length || values[0].equals(names[0])) {
                        continue;
                    }
                    double used = 0;
                    for (int i = 0; i < names.length; i++) {
                        if (names[i].equals("S0U") || names[i].equals("S1U") || names[i].equals("EU")
                                || names[i].equals("OU")) {
                            used += Double.parseDouble(values[i]);
                        }
                    }
                    long kb = (long) used;
                    peakKb.accumulateAndGet(kb, Math::max);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[bench] heap not watched: " + e.getMessage());
        }
    }

    /** The highest used heap seen, in MiB; -1 when it could not be read. */
    long peakMiB() {
        long kb = peakKb.get();
        return kb < 0 ? -1 : kb / 1024;
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
        }
    }
}
