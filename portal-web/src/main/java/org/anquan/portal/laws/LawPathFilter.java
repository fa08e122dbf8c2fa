package org.anquan.portal.laws;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable addresses for documents: /laws/{slug} (the version in force), /laws/{slug}/{version} (a version by its
 * date, or "undated"; articles are fragments: #art-21) and /laws/{slug}/compare?from=…&amp;to=…, forwarded to
 * the pages that render them.
 */
@WebFilter(urlPatterns = "/laws/*")
public class LawPathFilter extends HttpFilter {

    private static final Pattern DOCUMENT = Pattern.compile(
            "^/laws/([A-Za-z0-9_-]{1,120})(?:/(\\d{4}-\\d{2}-\\d{2}|undated))?/?$");
    private static final Pattern COMPARE = Pattern.compile("^/laws/([A-Za-z0-9_-]{1,120})/compare/?$");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher compare = COMPARE.matcher(path);
        if (compare.matches()) {
            request.getRequestDispatcher("/laws/compare.xhtml?slug=" + compare.group(1)).forward(request, response);
            return;
        }
        Matcher document = DOCUMENT.matcher(path);
        if (document.matches() && !"index".equals(document.group(1))) {
            String target = "/laws/document.xhtml?slug=" + document.group(1)
                    + (document.group(2) == null ? "" : "&version=" + URLEncoder.encode(document.group(2),
                    StandardCharsets.UTF_8));
            request.getRequestDispatcher(target).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
