package org.anquan.knowledge.law.control;

/** A statute file that cannot be read; the message names the line and the reason (in English, for logs). */
public class StatuteFormatException extends Exception {

    private final int line;
    private final String reason;

    public StatuteFormatException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
