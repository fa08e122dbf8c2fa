package org.anquan.portal.exams;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anquan.exam.attempt.boundary.Attempts;
import org.anquan.platform.error.BusinessException;

import java.io.IOException;
import java.util.Arrays;

/** /exams/picture: a question's picture for the browser holding the attempt's lease (its cookie). */
@WebServlet("/exams/picture")
public class PictureServlet extends HttpServlet {

    @EJB
    Attempts attempts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            long registration = Long.parseLong(request.getParameter("registration"));
            long attempt = Long.parseLong(request.getParameter("attempt"));
            int number = Integer.parseInt(request.getParameter("number"));
            String lease = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                    .filter(cookie -> cookie.getName().equals(AttemptBacking.COOKIE + registration))
                    .map(Cookie::getValue).findFirst().orElse(null);
            Attempts.ItemPicture picture = attempts.picture(attempt, lease, number);
            response.setContentType(picture.contentType());
            response.setHeader("Cache-Control", "private, max-age=600");
            response.getOutputStream().write(picture.bytes());
        } catch (NumberFormatException | BusinessException | jakarta.ejb.EJBException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
