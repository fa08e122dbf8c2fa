package org.anquan.portal.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.security.Clients;

/** /verify.xhtml?token=…: the link of the verification mail. */
@Named
@RequestScoped
public class VerifyBacking {

    @EJB
    Accounts accounts;

    private String token;
    private boolean verified;

    public void load() {
        if (token == null || token.isBlank() || token.length() > 100) {
            return;
        }
        try {
            accounts.verify(token, Clients.address());
            verified = true;
        } catch (BusinessException e) {
            verified = false;
        }
    }

    public boolean isVerified() {
        return verified;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
