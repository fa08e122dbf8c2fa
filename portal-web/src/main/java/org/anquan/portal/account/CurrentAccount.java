package org.anquan.portal.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;

import java.util.Optional;

/** The signed-in caller's account for this request, looked up once. */
@RequestScoped
public class CurrentAccount {

    @EJB
    Accounts accounts;

    @Inject
    SecurityContext securityContext;

    private AccountView account;

    public Optional<AccountView> get() {
        if (account == null && securityContext.getCallerPrincipal() != null) {
            account = accounts.byLoginName(securityContext.getCallerPrincipal().getName());
        }
        return Optional.ofNullable(account);
    }

    /** The caller's account id; pages under /account/ are for signed-in callers only, so it is there. */
    public long id() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in")).id();
    }
}
