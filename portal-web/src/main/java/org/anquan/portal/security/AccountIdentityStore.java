package org.anquan.portal.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.account.boundary.LoginOutcome;

/** Validates logins against the platform's accounts; the account's roles become the caller's groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome outcome = accounts.authenticate(login.getCaller(), login.getPasswordAsString(),
                request.getRemoteAddr());
        attempt.record(outcome);
        if (!outcome.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.login(), outcome.roles());
    }
}
