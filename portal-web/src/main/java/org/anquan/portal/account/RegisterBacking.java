package org.anquan.portal.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Language;
import org.anquan.portal.security.Clients;
import org.anquan.portal.language.Texts;

/** /register.xhtml: a new citizen account. */
@Named
@RequestScoped
public class RegisterBacking {

    @EJB
    Accounts accounts;

    @Inject
    Texts texts;

    @Inject
    Language language;

    private String email;
    private String mobile;
    private String displayName;
    private String password;
    private String confirmation;
    private boolean registered;

    public void submit() {
        if (password == null || !password.equals(confirmation)) {
            texts.error("register:confirmation", "register.mismatch");
            return;
        }
        try {
            accounts.register(email, mobile, password, displayName, language.getLocale(), Clients.address());
            registered = true;
        } catch (BusinessException e) {
            texts.error(null, e);
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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
