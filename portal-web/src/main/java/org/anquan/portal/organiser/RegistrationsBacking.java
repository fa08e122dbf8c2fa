package org.anquan.portal.organiser;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.booking.event.boundary.EventView;
import org.anquan.booking.event.boundary.Events;
import org.anquan.booking.event.boundary.RegistrationView;
import org.anquan.platform.error.UnknownEntityException;

import java.util.List;

/** /organiser/registrations.xhtml?event=&session=: a session's registrations in the order they arrived. */
@Named
@RequestScoped
public class RegistrationsBacking {

    @EJB
    Events events;

    private Long event;
    private Long session;
    private EventView shown;
    private List<RegistrationView> registrations;

    public EventView getEventView() {
        if (shown == null) {
            shown = events.event(event == null ? 0 : event);
        }
        return shown;
    }

    public EventView.Session getSessionView() {
        return getEventView().sessions().stream().filter(s -> session != null && s.id() == session).findFirst()
                .orElseThrow(() -> new UnknownEntityException("session", session));
    }

    public List<RegistrationView> getRegistrations() {
        if (registrations == null) {
            registrations = events.registrations(getSessionView().id());
        }
        return registrations;
    }

    public Long getEvent() { return event; }
    public void setEvent(Long event) { this.event = event; }
    public Long getSession() { return session; }
    public void setSession(Long session) { this.session = session; }
}
