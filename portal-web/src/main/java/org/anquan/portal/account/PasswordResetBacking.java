package org.anquan.portal.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.security.Clients;
import org.anquan.portal.language.Language;
import org.anquan.portal.language.Texts;

/** /forgot.xhtml asks for a reset link; /reset.xhtml?token=… sets the new password. */
@Named
@RequestScoped
public class PasswordResetBacking {

    @EJB
    Accounts accounts;

    @Inject
    Texts texts;

    @Inject
    Language language;

    private String login;
    private String token;
    private String password;
    private String confirmation;
    private boolean done;

    public void requestLink() {
        accounts.requestPasswordReset(login == null ? "" : login, language.getLocale(), Clients.address());
        done = true; // the same answer whether or not the login exists
    }

    public void reset() {
        if (password == null || !password.equals(confirmation)) {
            texts.error(null, "register.mismatch");
            return;
        }
        try {
            accounts.resetPassword(token == null ? "" : token, password, Clients.address());
            done = true;
        } catch (BusinessException e) {
            texts.error(null, e);
        } finally {
            password = null;
            confirmation = null;
        }
    }


    public boolean isDone() {
        return done;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
