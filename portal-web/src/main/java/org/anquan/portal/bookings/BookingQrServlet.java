package org.anquan.portal.bookings;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anquan.booking.reservation.boundary.Bookings;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.tickets.QrImages;

import java.io.IOException;

/**
 * /bookings/qr?id=: the QR code of a booking's ticket, for the group that booked it and the base's staff only
 * (Bookings.one refuses everybody else; they get a 404 as for a booking that does not exist).
 */
@WebServlet("/bookings/qr")
public class BookingQrServlet extends HttpServlet {

    @EJB
    Bookings bookings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ticket;
        try {
            ticket = bookings.one(Long.parseLong(request.getParameter("id"))).ticket();
        } catch (NumberFormatException | BusinessException | jakarta.ejb.EJBException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(QrImages.png(ticket));
    }
}
