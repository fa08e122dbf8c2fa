package org.anquan.portal.api.problem;

/** The stable problem type URIs of the API. */
public final class ProblemTypes {

    private static final String BASE = "urn:anquan:problem:";

    public static final String NOT_FOUND = BASE + "not-found";
    public static final String VALIDATION = BASE + "validation";
    public static final String MALFORMED = BASE + "malformed-request";
    public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
    public static final String NOT_ACCEPTABLE = BASE + "not-acceptable";
    public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
    public static final String UNAUTHENTICATED = BASE + "unauthenticated";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String CROSS_SITE = BASE + "cross-site-request";
    public static final String BUSINESS_RULE = BASE + "business-rule";
    public static final String UNAVAILABLE = BASE + "unavailable";
    public static final String INTERNAL = BASE + "internal";
    public static final String HTTP = BASE + "http";

    private ProblemTypes() {
    }
}
