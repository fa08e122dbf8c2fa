package org.anquan.portal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.platform.account.boundary.AccountView;

/** /account/: the signed-in person's own account; the page itself is open to signed-in callers only. */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    CurrentAccount current;

    public AccountView getAccount() {
        return current.get().orElse(null);
    }
}
