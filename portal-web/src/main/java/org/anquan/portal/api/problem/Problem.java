package org.anquan.portal.api.problem;

import java.util.List;

/**
 * An RFC 9457 problem. {@code type} is stable per kind of error; {@code errors} names the offending fields of a
 * validation failure.
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }
}
