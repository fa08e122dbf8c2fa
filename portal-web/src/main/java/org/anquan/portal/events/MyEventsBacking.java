package org.anquan.portal.events;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.event.boundary.Events;
import org.anquan.booking.event.boundary.RegistrationView;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.util.List;

/** /events/mine.xhtml: my event registrations with their tickets; cancelling, confirming a waiting-list offer. */
@Named
@RequestScoped
public class MyEventsBacking {

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
        act(() -> events.cancel(registrationId), "events_mine.cancelled");
    }

    public void confirm(long registrationId) {
        act(() -> events.confirmOffer(registrationId), "events_mine.confirmed");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            texts.info(done);
        } catch (BusinessException e) {
            texts.error(null, e);
        }
        registrations = null;
    }
}
