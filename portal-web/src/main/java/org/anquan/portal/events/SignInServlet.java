package org.anquan.portal.events;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * /events/sign-in?id=: protected, so an anonymous visitor signs in first and comes back here; then on to the
 * event's registration form.
 */
@WebServlet("/events/sign-in")
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        String target = id != null && id.matches("\\d{1,18}") ? "/events/event.xhtml?id=" + id + "#registration"
                : "/events/";
        response.sendRedirect(request.getContextPath() + target);
    }
}
