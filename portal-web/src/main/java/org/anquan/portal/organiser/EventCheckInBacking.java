package org.anquan.portal.organiser;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.event.boundary.Events;
import org.anquan.booking.event.boundary.RegistrationView;
import org.anquan.platform.error.AccessDeniedException;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.portal.language.Texts;

/**
 * /organiser/checkin.xhtml: the organiser types the ticket code or scans the QR code (a USB scanner types it and
 * Enter); the registration is checked in at once and its name, party and session shown.
 */
@Named
@RequestScoped
public class EventCheckInBacking {

    private static final String FIELD = "checkin:ticket";

    @EJB
    Events events;

    @Inject
    Texts texts;

    private String ticket;
    private RegistrationView checkedIn;

    public void checkIn() {
        try {
            checkedIn = events.checkIn(ticket);
            texts.info("organiser_checkin.done", checkedIn.name(), checkedIn.partySize());
            ticket = null;
        } catch (UnknownEntityException e) {
            texts.error(FIELD, "organiser_checkin.unknown", ticket);
        } catch (AccessDeniedException e) {
            texts.error(FIELD, "organiser_checkin.otherOrganiser");
        } catch (BusinessException e) {
            texts.error(FIELD, e);
        }
    }

    public RegistrationView getCheckedIn() { return checkedIn; }
    public String getTicket() { return ticket; }
    public void setTicket(String ticket) { this.ticket = ticket; }
}
