package org.anquan.portal.events;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anquan.booking.event.boundary.Events;
import org.anquan.booking.event.boundary.RegistrationView;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.tickets.QrImages;

import java.io.IOException;

/**
 * /events/qr?id=: the QR code of an event ticket, for its own person or the event's organiser only (the engine
 * decides; anyone else is answered as if the registration did not exist).
 */
@WebServlet("/events/qr")
public class TicketQrServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Events events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RegistrationView registration;
        try {
            registration = events.registration(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | BusinessException | jakarta.ejb.EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] png = QrImages.png(registration.ticket());
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
