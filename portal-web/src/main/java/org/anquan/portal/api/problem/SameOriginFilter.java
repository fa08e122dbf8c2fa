package org.anquan.portal.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.anquan.portal.language.Languages;
import org.anquan.portal.language.Texts;

import java.net.URI;
import java.util.Set;

/**
 * CSRF protection for API calls that ride on the browser's session cookie: a state-changing request (anything but
 * GET, HEAD, OPTIONS) without a bearer token must come from a page of this site (Origin, else Referer, names this
 * host). Bearer-token clients are not affected: a foreign page cannot add that header.
 */
@Provider
@PreMatching
public class SameOriginFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return;
        }
        if (!request.getCookies().containsKey("JSESSIONID")) {
            return; // no ambient credentials to abuse
        }
        String source = request.getHeaderString("Origin");
        if (source == null || source.isBlank() || "null".equals(source)) {
            source = request.getHeaderString("Referer");
        }
        if (!sameHost(source, request.getUriInfo().getRequestUri())) {
            Languages language = Languages.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            request.abortWith(Response.status(403).type(Problem.MEDIA_TYPE)
                    .entity(new Problem(ProblemTypes.CROSS_SITE, Texts.format(language, "error.crossSite"), 403, null,
                            request.getUriInfo().getRequestUri().getRawPath(), null))
                    .build());
        }
    }

    static boolean sameHost(String source, URI target) {
        if (source == null || source.isBlank()) {
            return false;
        }
        try {
            URI origin = URI.create(source.strip());
            return target.getHost() != null && target.getHost().equalsIgnoreCase(origin.getHost())
                    && effectivePort(origin) == effectivePort(target);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
