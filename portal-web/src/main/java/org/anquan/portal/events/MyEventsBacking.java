package org.anquan.portal.events;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.event.boundary.Events;
import org.anquan.booking.event.boundary.RegistrationView;
import org.anquan.portal.language.Texts;

import java.util.List;

/** /events/mine.xhtml: my event registrations with their tickets; cancelling, confirming a waiting-list offer. */
@Named
@RequestScoped
public class MyEventsBacking {

    private static final String MINE = "/events/mine.xhtml";

    @EJB
    Events events;

    @Inject
    Texts texts;

    private List<RegistrationView> registrations;

    public List<RegistrationView> getRegistrations() {
        if (registrations == null) {
            registrations = events.mine();
        }
        return registrations;
    }

    public void cancel(long registrationId) {
        texts.change(() -> events.cancel(registrationId), MINE, "events_mine.cancelled");
    }

    public void confirm(long registrationId) {
        texts.change(() -> events.confirmOffer(registrationId), MINE, "events_mine.confirmed");
    }
}
