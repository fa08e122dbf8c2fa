package org.anquan.portal.calendar;

import jakarta.servlet.http.HttpServletRequest;

/** Absolute addresses of the feeds, for the download link and for calendar apps (webcal://). */
public final class FeedLinks {

    private FeedLinks() {
    }

    /** This site's address as the visitor reached it, with the context path: https://example.org. */
    static String site(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    /** The https address of a feed path (/calendar/base/1.ics) in the visitor's language. */
    public static String download(HttpServletRequest request, String path, String languageCode) {
        return site(request) + path + "?lang=" + languageCode;
    }

    /** The same address for calendar apps that subscribe to webcal:// links. */
    public static String webcal(HttpServletRequest request, String path, String languageCode) {
        return download(request, path, languageCode).replaceFirst("^https?://", "webcal://");
    }
}
