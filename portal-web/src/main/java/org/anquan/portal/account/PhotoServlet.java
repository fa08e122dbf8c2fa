package org.anquan.portal.account;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anquan.platform.profile.boundary.Profiles;

import java.io.IOException;
import java.util.Optional;

/** /account/photo: the caller's own profile photo, never anybody else's (the id comes from the session). */
@WebServlet("/account/photo")
public class PhotoServlet extends HttpServlet {

    @EJB
    Profiles profiles;

    @Inject
    CurrentAccount current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> photo = current.get().flatMap(account -> profiles.photo(account.id()));
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(photo.get().length);
        response.getOutputStream().write(photo.get());
    }
}
