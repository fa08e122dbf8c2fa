package org.anquan.portal.api.auth;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.profile.boundary.ProfileView;
import org.anquan.platform.profile.boundary.Profiles;
import org.anquan.portal.account.CurrentAccount;

/** The caller's own account and real-name profile (name, ID number shown masked, photo). */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The largest photo accepted; it is scaled down and stored as JPEG. */
    private static final int PHOTO_LIMIT = 2 * 1024 * 1024;

    @Inject
    CurrentAccount current;

    @EJB
    Profiles profiles;

    @Context
    HttpServletRequest request;

    public record Identity(@NotNull String realName, @NotNull String idNumber) {
    }

    @GET
    public AccountView me() {
        return account();
    }

    @GET
    @Path("profile")
    public ProfileView profile() {
        return profiles.of(account().id()).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("profile")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileView identify(@NotNull @Valid Identity identity) {
        return profiles.save(account().id(), identity.realName(), identity.idNumber(), request.getRemoteAddr());
    }

    @PUT
    @Path("photo")
    @Consumes({"image/jpeg", "image/png"})
    public Response photo(@NotNull byte[] picture) {
        if (picture.length > PHOTO_LIMIT) {
            throw new BusinessException("profile.photoInvalid");
        }
        profiles.savePhoto(account().id(), picture, request.getRemoteAddr());
        return Response.noContent().build();
    }

    private AccountView account() {
        return current.get().orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }
}
