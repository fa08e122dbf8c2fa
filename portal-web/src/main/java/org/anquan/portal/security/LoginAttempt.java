package org.anquan.portal.security;

import jakarta.enterprise.context.RequestScoped;
import org.anquan.platform.account.boundary.LoginOutcome;

/** Carries why a login failed from the identity store (which may only say valid or invalid) to the login page. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public LoginOutcome outcome() {
        return outcome;
    }
}
