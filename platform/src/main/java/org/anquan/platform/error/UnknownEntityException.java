package org.anquan.platform.error;

/** The requested object does not exist, or the caller may not know that it exists. */
public class UnknownEntityException extends BusinessException {

    public UnknownEntityException(String kind, Object id) {
        super("error.unknown", kind, id);
    }
}
