package org.anquan.portal.proctor;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anquan.exam.session.boundary.Proctoring;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.profile.boundary.Profiles;

import java.io.IOException;
import java.util.Optional;

/** /proctor/photo: a registered candidate's photo, for the staff of the centre where they sit (check-in). */
@WebServlet("/proctor/photo")
public class CandidatePhotoServlet extends HttpServlet {

    @EJB
    Proctoring proctoring;

    @EJB
    Profiles profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> photo;
        try {
            photo = profiles.photo(proctoring.candidateOf(Long.parseLong(request.getParameter("registration"))));
        } catch (NumberFormatException | BusinessException | jakarta.ejb.EJBException e) {
            photo = Optional.empty();
        }
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(photo.get());
    }
}
