package org.anquan.portal.language;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * Receives the language switch (a plain form post, so it works without JavaScript), remembers the choice in a
 * cookie for a year and returns the visitor to the page they were on.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Languages chosen = Languages.fromCode(request.getParameter("lang")).orElse(null);
        if (chosen == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Cookie cookie = new Cookie(Languages.COOKIE, chosen.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(safeReturnPath(request.getParameter("back"), request.getContextPath()));
    }

    /** Only paths on this site: anything else (another host, a scheme, a protocol-relative URL) goes home. */
    public static String safeReturnPath(String back, String contextPath) {
        String home = contextPath.isEmpty() ? "/" : contextPath + "/";
        if (back == null || back.length() > 2000 || !back.startsWith("/") || back.startsWith("//")
                || back.contains("\\") || back.chars().anyMatch(c -> c < 0x20)) {
            return home;
        }
        return back;
    }
}
