package org.anquan.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Small helpers around {@link ProcessBuilder} used by the stack parts. */
final class Processes {

    private Processes() {
    }

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs a command to completion and returns its exit code and merged output. */
    static Result run(List<String> command, Map<String, String> environment, Path workDir, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + timeout + ": " + String.join(" ", command));
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }

    static Result run(String... command) {
        return run(List.of(command), Map.of(), null, Duration.ofMinutes(5));
    }

    static Result runChecked(List<String> command, Map<String, String> environment, Duration timeout) {
        Result result = run(command, environment, null, timeout);
        if (!result.ok()) {
            throw new IllegalStateException("Command failed (" + result.exitCode() + "): " + String.join(" ", command)
                    + System.lineSeparator() + result.output());
        }
        return result;
    }

    /** Prefixes a command with setsid so that Ctrl-C in the terminal reaches only our launcher. */
    static List<String> detached(List<String> command) {
        List<String> full = new ArrayList<>();
        full.add("setsid");
        full.addAll(command);
        return full;
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " not ready after " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
    }

    static void terminate(long pid, Duration grace) {
        ProcessHandle.of(pid).ifPresent(handle -> {
            handle.destroy();
            try {
                handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        });
    }
}
