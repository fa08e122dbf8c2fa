package org.anquan.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anquan.platform.account.boundary.LoginOutcome;
import org.anquan.platform.clock.Clocks;
import org.anquan.portal.language.LanguageServlet;
import org.anquan.portal.language.Texts;

import java.io.IOException;
import java.time.format.DateTimeFormatter;

/**
 * /login.xhtml: signs in with an e-mail address or mobile number and a password; then back to the page of ?back= (a
 * path on this site) or to the account.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempt attempt;

    @Inject
    Texts texts;

    private String login;
    private String password;
    private String back;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(login == null ? "" : login, new Password(password == null ? "" : password))));
        password = null;
        if (attempt.outcome() != null && attempt.outcome().succeeded() && request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: a new id once signed in
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + landing(back));
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failureMessage(), null));
        }
    }

    /** Where to go once signed in: back to the portal page that sent the visitor here, else the account. */
    static String landing(String back) {
        return back != null && back.matches("/(?![/\\\\])[^\\s\\\\]*") ? back : "/account/";
    }

    private String failureMessage() {
        LoginOutcome outcome = attempt.outcome();
        if (outcome == null) {
            return texts.format("login.failed");
        }
        return switch (outcome.result()) {
            case THROTTLED -> texts.format("login.throttled", DateTimeFormatter.ofPattern("HH:mm")
                    .withZone(Clocks.CHINA).format(outcome.retryAfter()));
            case PENDING -> texts.format("login.pending");
            case LOCKED -> texts.format("login.locked");
            default -> texts.format("login.failed");
        };
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
