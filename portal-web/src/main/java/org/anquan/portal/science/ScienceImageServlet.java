package org.anquan.portal.science;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anquan.knowledge.science.boundary.ScienceImage;
import org.anquan.knowledge.science.boundary.ScienceLibrary;
import org.anquan.platform.error.BusinessException;

import java.io.IOException;

/** /science/image?slug=…: a science article's image (drafts' images only for editors, like their text). */
@WebServlet("/science/image")
public class ScienceImageServlet extends HttpServlet {

    @EJB
    transient ScienceLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getParameter("slug");
        if (slug == null || slug.isBlank() || slug.length() > 120) {
            response.sendError(404);
            return;
        }
        try {
            ScienceImage image = library.image(slug);
            response.setContentType(image.type());
            response.setHeader("Cache-Control", "public, max-age=300");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(image.bytes().length);
            response.getOutputStream().write(image.bytes());
        } catch (BusinessException e) {
            response.sendError(404);
        } catch (jakarta.ejb.EJBException e) {
            response.sendError(404);
        }
    }
}
