package org.anquan.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Pages sign in through our own login page (Jakarta Security custom form mechanism) against the accounts of the
 * platform ({@link AccountIdentityStore}). Role names are the platform's {@code Role} names.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"CITIZEN", "EXPERT", "EDITOR", "EXAM_ADMIN", "CENTRE_ADMIN", "PROCTOR", "BASE_ADMIN",
        "EVENT_ORGANISER", "SYSTEM_ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
