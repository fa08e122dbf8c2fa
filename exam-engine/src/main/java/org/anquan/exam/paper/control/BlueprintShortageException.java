package org.anquan.exam.paper.control;

import java.util.List;

/** The bank cannot fill the blueprint; the shortages say what is missing. */
public class BlueprintShortageException extends RuntimeException {

    private final transient List<Shortage> shortages;

    public BlueprintShortageException(List<Shortage> shortages) {
        super("The question bank cannot fill the blueprint: " + shortages);
        this.shortages = List.copyOf(shortages);
    }

    public List<Shortage> shortages() {
        return shortages;
    }
}
