package org.anquan.portal.bookings;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.reservation.boundary.BookingView;
import org.anquan.booking.reservation.boundary.Bookings;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.time.Instant;
import java.util.List;

/** /bookings/: the caller's drill bookings with their tickets; cancelling, and confirming a waiting list's offer. */
@Named
@RequestScoped
public class MyBookingsBacking {

    @EJB
    Bookings bookings;

    @Inject
    Texts texts;

    private List<BookingView> mine;

    public List<BookingView> getBookings() {
        if (mine == null) {
            mine = bookings.mine();
        }
        return mine;
    }

    /** Whether the group may still cancel (the deadline holds for bookings with places, not for waiting ones). */
    public boolean cancellable(BookingView booking) {
        return booking.status().cancellable() && (booking.status().name().equals("WAITLISTED")
                || Instant.now().isBefore(booking.changeableUntil()));
    }

    /** Whether the ticket's QR code is worth showing: the booking still counts. */
    public boolean ticketShown(BookingView booking) {
        return booking.status().holdsPlaces();
    }

    public String cancel(long bookingId) {
        return act(() -> bookings.cancel(bookingId), "bookings_index.cancelled");
    }

    public String confirmOffer(long bookingId) {
        return act(() -> bookings.confirmOffer(bookingId), "bookings_index.offerConfirmed");
    }

    private String act(java.util.function.Supplier<BookingView> action, String done) {
        try {
            BookingView booking = action.get();
            org.omnifaces.util.Faces.getFlash().setKeepMessages(true);
            texts.info(done, booking.ticket());
            return "/bookings/index.xhtml?faces-redirect=true";
        } catch (BusinessException e) {
            texts.error(null, e);
            mine = null;
            return null;
        }
    }
}
