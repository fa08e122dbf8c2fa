package org.anquan.portal.api.problem;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.Path;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.anquan.platform.error.AccessDeniedException;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.portal.language.Languages;
import org.anquan.portal.language.Texts;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of the API into an {@code application/problem+json} answer in the caller's language
 * (Accept-Language; Chinese by default). Unexpected failures are logged with an id that the answer repeats, and
 * never show a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** The provider's message interpolator, built once on first use (a validator factory per error would leak). */
    private static final class Interpolator {
        static final MessageInterpolator INSTANCE =
                Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
    }

    /** What a 503 asks the caller to wait: a restarted database or a released lock is usually back by then. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext security;

    public ProblemMapper() {
    }

    ProblemMapper(HttpHeaders headers, UriInfo uriInfo, SecurityContext security) {
        this.headers = headers;
        this.uriInfo = uriInfo;
        this.security = security;
    }

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        Languages language = Languages.fromAcceptLanguage(headers == null ? null
                : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = problemFor(failure, language);
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (problem.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        if (failure instanceof NotAllowedException notAllowed) {
            response.allow(notAllowed.getResponse().getAllowedMethods());
        }
        return response.build();
    }

    Problem problemFor(Throwable failure, Languages language) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        if (failure instanceof ConstraintViolationException violations) {
            return new Problem(ProblemTypes.VALIDATION, Texts.format(language, "error.validation"), 400,
                    null, instance, fieldErrors(violations, language.locale()));
        }
        String badParameter = unconvertibleParameter(failure);
        if (badParameter != null) {
            return new Problem(ProblemTypes.VALIDATION, Texts.format(language, "error.validation"), 400, null,
                    instance, List.of(new Problem.FieldError(badParameter, Texts.format(language, "error.notANumber"))));
        }
        String wrongType = mistypedProperty(failure);
        if (wrongType != null) {
            return new Problem(ProblemTypes.VALIDATION, Texts.format(language, "error.validation"), 400, null,
                    instance, List.of(new Problem.FieldError(wrongType, Texts.format(language, "error.wrongType"))));
        }
        if (failure instanceof JsonbException || failure instanceof JsonParsingException
                || failure instanceof ProcessingException) {
            return simple(ProblemTypes.MALFORMED, language, "error.malformed", 400, rootMessage(failure), instance);
        }
        if (failure instanceof AccessDeniedException || failure instanceof EJBAccessException
                || failure instanceof AccessLocalException
                || failure instanceof ForbiddenException || failure instanceof NotAuthorizedException) {
            boolean anonymous = security == null || security.getUserPrincipal() == null;
            return anonymous
                    ? simple(ProblemTypes.UNAUTHENTICATED, language, "error.unauthenticated", 401, null, instance)
                    : simple(ProblemTypes.FORBIDDEN, language, "error.forbidden", 403, null, instance);
        }
        if (failure instanceof UnknownEntityException unknown) {
            return simple(ProblemTypes.NOT_FOUND, language, "error.resourceNotFound", 404,
                    Texts.format(language, unknown.messageKey(), unknown.arguments().toArray()), instance);
        }
        if (failure instanceof BusinessException business) {
            return new Problem(ProblemTypes.BUSINESS_RULE, Texts.format(language, business.messageKey(),
                    business.arguments().toArray()), 422, null, instance, null);
        }
        if (failure instanceof NotFoundException) {
            return simple(ProblemTypes.NOT_FOUND, language, "error.resourceNotFound", 404, null, instance);
        }
        if (failure instanceof NotAllowedException) {
            return simple(ProblemTypes.METHOD_NOT_ALLOWED, language, "error.notAllowed", 405, null, instance);
        }
        if (failure instanceof NotAcceptableException) {
            return simple(ProblemTypes.NOT_ACCEPTABLE, language, "error.notAcceptable", 406, null, instance);
        }
        if (failure instanceof NotSupportedException) {
            return simple(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, language, "error.unsupportedMedia", 415, null, instance);
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return simple(ProblemTypes.HTTP, language, "error.badRequest.title", web.getResponse().getStatus(), null,
                    instance);
        }
        if (isDatabaseOutage(failure)) {
            LOG.log(Level.WARNING, "Database unavailable for " + instance + ": " + rootMessage(failure));
            return simple(ProblemTypes.UNAVAILABLE, language, "error.unavailable", 503, null, instance);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure " + incident + " at " + instance, failure);
        return simple(ProblemTypes.INTERNAL, language, "error.server.title", 500,
                Texts.format(language, "error.server.text") + " (" + incident + ")", instance);
    }

    private static Problem simple(String type, Languages language, String titleKey, int status, String detail,
                                  String instance) {
        return new Problem(type, Texts.format(language, titleKey), status, detail, instance, null);
    }

    private static List<Problem.FieldError> fieldErrors(ConstraintViolationException violations, Locale locale) {
        return violations.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation),
                        Interpolator.INSTANCE.interpolate(violation.getMessageTemplate(), context(violation), locale)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    }

    /** The violation's message in the caller's language rather than the server's. */
    private static MessageInterpolator.Context context(ConstraintViolation<?> violation) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("Cannot unwrap to " + type);
            }
        };
    }

    /**
     * A query, path or header parameter that could not be converted (limit=abc). JAX-RS answers those with 404;
     * the caller is better served by a 400 naming the parameter. Jersey's exception carries the name.
     */
    static String unconvertibleParameter(Throwable failure) {
        if (!(failure instanceof WebApplicationException) || !failure.getClass().getName().contains("ParamException")) {
            return null;
        }
        try {
            Object name = failure.getClass().getMethod("getParameterName").invoke(failure);
            return name == null ? null : name.toString();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile(
            "property '?([A-Za-z_][A-Za-z0-9_]{0,63})'?");

    /**
     * The property of a JSON body whose value could not be read as its type ({"capacity":"many"}): JSON-B names it
     * in its message ("Unable to deserialize property 'capacity' because of …"); null for any other failure.
     */
    static String mistypedProperty(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JsonbException && cause.getMessage() != null) {
                java.util.regex.Matcher matcher = PROPERTY.matcher(cause.getMessage());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }

    /**
     * The field as the caller knows it: the JSON property path for a body ({@code q}, {@code filter.kind}), the
     * parameter name for a query parameter; never the Java method name.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder properties = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (!properties.isEmpty()) {
                    properties.append('.');
                }
                properties.append(node.getName());
            }
        }
        return !properties.isEmpty() ? properties.toString() : parameter;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof EJBException && !(current instanceof AccessLocalException)
                && !(current instanceof EJBAccessException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /**
     * A failure that says nothing about the request and passes by itself: the database unreachable or restarting
     * (SQL state class 08, a pool that cannot allocate a connection), a lock not granted in time (MariaDB 1205) or a
     * deadlock victim (1213, SQL state 40001), a transaction its resource left unfinished (the transaction manager's
     * SystemException, an XAException, a RollbackException without a constraint violation behind it). Nothing of the
     * request was kept; the caller may send it again.
     */
    public static boolean isDatabaseOutage(Throwable failure) {
        boolean rolledBack = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLIntegrityConstraintViolationException
                    || cause.getClass().getName().endsWith(".ConstraintViolationException")) {
                return false; // a row that does not fit: our fault, not the database's absence
            }
            if (cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof java.sql.SQLTransientException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof java.sql.SQLRecoverableException
                    || cause instanceof jakarta.resource.ResourceException
                    || cause instanceof java.net.ConnectException
                    // the transaction manager could not finish with a resource that went away mid-transaction
                    || cause instanceof jakarta.transaction.SystemException
                    || cause instanceof javax.transaction.xa.XAException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("40001"))
                        || sql.getErrorCode() == 1205 || sql.getErrorCode() == 1213
                        || sql.getMessage() != null && sql.getMessage().contains("allocating a connection")) {
                    return true;
                }
            }
            // a commit refused with no reason of ours attached: its connection broke before it could finish
            rolledBack |= cause instanceof jakarta.transaction.RollbackException;
        }
        return rolledBack;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null) {
            return null;
        }
        // parser messages name a position, which helps; cap their length so input is never echoed at length
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
