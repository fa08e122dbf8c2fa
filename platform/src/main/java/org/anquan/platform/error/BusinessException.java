package org.anquan.platform.error;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A failure the user can cause and understand. It carries a message key of the portal's bundle and its arguments,
 * so every caller can say it in the user's language; it rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
