package org.anquan.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds an installed JDK of a minimum feature version (Elasticsearch 9 needs 21 or newer). */
public final class Jdks {

    private Jdks() {
    }

    public static Optional<Path> find(int minimumFeature) {
        List<Path> candidates = new ArrayList<>();
        for (String variable : List.of("ES_JAVA_HOME", "JAVA_HOME")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                candidates.add(Path.of(value));
            }
        }
        candidates.add(Path.of(System.getProperty("java.home")));
        for (String root : List.of("/usr/lib/jvm", "/opt/java", "/opt")) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> children = Files.list(dir)) {
                    children.sorted().forEach(candidates::add);
                } catch (IOException e) {
                    // an unreadable folder simply holds no candidate
                }
            }
        }
        return candidates.stream()
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> featureVersion(home) >= minimumFeature)
                .findFirst();
    }

    /** Reads JAVA_VERSION from the JDK's {@code release} file; 0 when it cannot tell. */
    static int featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return parseFeature(line.substring("JAVA_VERSION=".length()).replace("\"", "").trim());
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    static int parseFeature(String version) {
        String[] parts = version.split("[.+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static String installAdvice(int minimumFeature) {
        return "Elasticsearch needs a JDK " + minimumFeature + " or newer and none was found "
                + "(looked at ES_JAVA_HOME, JAVA_HOME and /usr/lib/jvm). Debian 12 ships only JDK 17: install e.g. "
                + "Eclipse Temurin 21 or 25 (https://adoptium.net/installation/linux/: "
                + "apt-get install temurin-21-jdk after adding the Adoptium apt repository) "
                + "or unpack any JDK 21+ and set ES_JAVA_HOME to it.";
    }
}
