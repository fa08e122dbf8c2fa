package org.anquan.portal.api.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.portal.account.CurrentAccount;

/** The caller's own account. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentAccount current;

    @GET
    public AccountView me() {
        return current.get().orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }
}
