package org.anquan.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options after the scenario name. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + argument);
            }
            String name = argument.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < arguments.size()) {
                values.put(name, arguments.get(++i));
            } else {
                throw new IllegalArgumentException("No value for " + argument);
            }
        }
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    double decimal(String name, double fallback) {
        return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
