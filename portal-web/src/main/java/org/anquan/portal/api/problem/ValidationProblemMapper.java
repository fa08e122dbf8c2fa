package org.anquan.portal.api.problem;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Takes validation failures before Jersey's own mapper (which answers with an empty 400) and answers them as
 * problems naming the fields.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(ValidationException exception) {
        return new ProblemMapper(headers, uriInfo, security).toResponse(exception);
    }
}
