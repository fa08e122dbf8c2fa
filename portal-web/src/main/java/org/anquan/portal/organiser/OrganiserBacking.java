package org.anquan.portal.organiser;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.booking.event.boundary.EventView;
import org.anquan.booking.event.boundary.Events;

import java.util.List;

/** /organiser/: the events of the organiser's organisation, published or not. */
@Named
@RequestScoped
public class OrganiserBacking {

    @EJB
    Events events;

    private List<EventView> organised;

    public List<EventView> getEvents() {
        if (organised == null) {
            organised = events.organised();
        }
        return organised;
    }
}
