package org.anquan.portal.bases;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anquan.booking.base.boundary.TrainingBases;

import java.io.IOException;
import java.util.Optional;

/** /bases/photo?id=: a photo of a published base (public, like the base's page); anything else is a 404. */
@WebServlet("/bases/photo")
public class BasePhotoServlet extends HttpServlet {

    @EJB
    TrainingBases bases;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> jpeg;
        try {
            jpeg = bases.photo(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException e) {
            jpeg = Optional.empty();
        }
        if (jpeg.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getOutputStream().write(jpeg.get());
    }
}
