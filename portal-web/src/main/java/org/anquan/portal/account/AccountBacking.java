package org.anquan.portal.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;

/** /account/: the signed-in person's own account; the page itself is open to signed-in callers only. */
@Named
@RequestScoped
public class AccountBacking {

    @EJB
    Accounts accounts;

    @Inject
    SecurityContext securityContext;

    private AccountView account;

    public AccountView getAccount() {
        if (account == null && securityContext.getCallerPrincipal() != null) {
            account = accounts.byLoginName(securityContext.getCallerPrincipal().getName());
        }
        return account;
    }
}
