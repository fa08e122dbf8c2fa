package org.anquan.portal.api.auth;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.account.boundary.LoginOutcome;
import org.anquan.portal.security.Tokens;

import java.time.Clock;
import java.time.Instant;

/** Bearer tokens for API clients: scripts, load tests and other systems. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @EJB
    Accounts accounts;

    @Inject
    Tokens tokens;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    public record Credentials(String login, String password) {
    }

    /** RFC 6749 shape: {@code access_token}, {@code token_type}, {@code expires_in} (seconds). */
    public record TokenResponse(String access_token, String token_type, long expires_in) {
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenResponse token(@NotNull Credentials credentials) {
        LoginOutcome outcome = accounts.authenticate(credentials.login() == null ? "" : credentials.login(),
                credentials.password() == null ? "" : credentials.password(), request.getRemoteAddr());
        if (!outcome.succeeded()) {
            throw new NotAuthorizedException("Bearer");
        }
        Instant now = clock.instant();
        return new TokenResponse(tokens.issue(outcome.accountId(), outcome.login(), outcome.roles(), now), "Bearer",
                Tokens.LIFETIME.toSeconds());
    }
}
