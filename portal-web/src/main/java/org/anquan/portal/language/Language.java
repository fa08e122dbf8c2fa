package org.anquan.portal.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.Locale;

/** The visitor's language for this request: the one they chose (a cookie), otherwise Chinese. */
@Named
@RequestScoped
public class Language {

    @Inject
    HttpServletRequest request;

    private Languages current;

    public Languages current() {
        if (current == null) {
            Cookie[] cookies = request.getCookies();
            current = cookies == null ? Languages.ZH : Arrays.stream(cookies)
                    .filter(cookie -> Languages.COOKIE.equals(cookie.getName()))
                    .findFirst()
                    .flatMap(cookie -> Languages.fromCode(cookie.getValue()))
                    .orElse(Languages.ZH);
        }
        return current;
    }

    public Locale getLocale() {
        return current().locale();
    }

    public String getTag() {
        return current().tag();
    }

    public String getCode() {
        return current().code();
    }

    public Languages[] getAvailable() {
        return Languages.values();
    }

    /** Where the switch should return to: this page with its query, as the browser asked for it. */
    public String getReturnPath() {
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String query = forwarded != null
                ? (String) request.getAttribute("jakarta.servlet.forward.query_string")
                : request.getQueryString();
        return query == null ? path : path + "?" + query;
    }
}
