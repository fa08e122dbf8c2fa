package org.anquan.portal.errors;

import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.anquan.platform.error.AccessDeniedException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.portal.api.problem.Problem;
import org.anquan.portal.api.problem.ProblemMapper;
import org.anquan.portal.api.problem.ProblemTypes;
import org.anquan.portal.language.Languages;
import org.anquan.portal.language.Texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * On the way to an error page: gives the page the status its cause deserves (a page exception would otherwise be a
 * 500 whatever it was: an unknown or foreign object is a 404, a malformed parameter a 400, the database away a 503),
 * and answers a request to the API that never reached it (a path the container itself refused, such as an encoded
 * slash) with a problem+json instead of an HTML page.
 */
@WebFilter(filterName = "errorStatus", urlPatterns = "/WEB-INF/errorpages/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorStatusFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = failure != null ? statusFor(failure) : code instanceof Integer number ? number : 500;
        response.setStatus(status);
        if (status == 503) {
            response.setHeader("Retry-After", "5");
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            writeProblem(request, response, status, path);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The status a page's failure stands for. */
    static int statusFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnknownEntityException || cause instanceof AccessDeniedException
                    || cause instanceof jakarta.ejb.AccessLocalException) {
                return 404;
            }
            if (cause instanceof ConstraintViolationException || cause instanceof jakarta.faces.convert.ConverterException
                    || cause instanceof NumberFormatException) {
                return 400;
            }
            if (cause instanceof jakarta.faces.application.ViewExpiredException) {
                return 200; // the page explains and offers to start again
            }
        }
        return ProblemMapper.isDatabaseOutage(failure) ? 503 : 500;
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, int status, String path)
            throws IOException {
        Languages language = Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        int shown = status == 403 ? 404 : status; // as the API answers: a foreign object is not found
        String type;
        String title;
        switch (shown) {
            case 400 -> {
                type = ProblemTypes.HTTP;
                title = Texts.format(language, "error.badRequest.title");
            }
            case 404 -> {
                type = ProblemTypes.NOT_FOUND;
                title = Texts.format(language, "error.resourceNotFound");
            }
            case 503 -> {
                type = ProblemTypes.UNAVAILABLE;
                title = Texts.format(language, "error.unavailable");
            }
            default -> {
                type = shown >= 500 ? ProblemTypes.INTERNAL : ProblemTypes.HTTP;
                title = Texts.format(language, shown >= 500 ? "error.server.title" : "error.badRequest.title");
            }
        }
        response.setStatus(shown);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder().add("type", type).add("title", title)
                .add("status", shown).add("instance", path).build().toString());
    }
}
