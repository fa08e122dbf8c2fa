package org.anquan.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Clock;

/**
 * How callers prove who they are. API clients send {@code Authorization: Bearer <token>} (from
 * {@code POST /api/v1/auth/token}); people sign in on the login page and stay signed in for their session.
 * Role names are the platform's {@code Role} names.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
@DeclareRoles({"CITIZEN", "EXPERT", "EDITOR", "EXAM_ADMIN", "CENTRE_ADMIN", "PROCTOR", "BASE_ADMIN",
        "EVENT_ORGANISER", "INSTITUTION_ADMIN", "SYSTEM_ADMIN"})
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Tokens tokens;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.verify(authorization.substring(7).trim(), clock.instant())
                    .map(caller -> context.notifyContainerAboutLogin(caller.login(), caller.groups()))
                    .orElseGet(() -> {
                        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                        return context.responseUnauthorized();
                    });
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        return context.doNothing();
    }
}
