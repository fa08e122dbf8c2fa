package org.anquan.platform.error;

/**
 * The caller may not act on this object (another organisation's, say). Pages answer it as not found, so that a
 * stranger does not even learn that the object exists; the API answers 403.
 */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String kind, Object id) {
        super("error.denied", kind, id);
    }
}
