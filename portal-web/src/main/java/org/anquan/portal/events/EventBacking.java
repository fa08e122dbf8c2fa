package org.anquan.portal.events;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.event.boundary.EventView;
import org.anquan.booking.event.boundary.Events;
import org.anquan.booking.event.boundary.RegistrationRequest;
import org.anquan.booking.event.boundary.RegistrationView;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.account.CurrentAccount;
import org.anquan.portal.language.ChinaTimes;
import org.anquan.portal.language.Texts;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * /events/event.xhtml?id=: an event, its sessions and the registration form (name on the ticket, party, the
 * event's questions); after registering (?registration=) the ticket or the place on the waiting list.
 */
@Named
@ViewScoped
public class EventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Events events;

    @Inject
    CurrentAccount account;

    @Inject
    Texts texts;

    private Long id;
    private Long registration;
    private transient EventView event;
    private transient RegistrationView result;
    private Long sessionId;
    private String name;
    private Integer partySize = 1;
    private String companions;
    private ArrayList<String> answers;

    /** Loads the event once per view (an unknown or unpublished one is answered as not found). */
    public void load() {
        if (id == null) {
            throw new org.anquan.platform.error.UnknownEntityException("event", 0L);
        }
        EventView shown = getEvent();
        answers = new ArrayList<>(shown.questions().stream().map(question -> "").toList());
        sessionId = getOpenSessions().stream().map(EventView.Session::id).findFirst().orElse(null);
        name = account.get().map(me -> me.displayName()).orElse(null);
    }

    public EventView getEvent() {
        if (event == null && id != null) {
            event = events.event(id);
        }
        return event;
    }

    /** Sessions that have not begun: the ones one can still register for. */
    public List<EventView.Session> getOpenSessions() {
        Instant now = Instant.now();
        return getEvent().sessions().stream().filter(session -> session.startsAt().isAfter(now)).toList();
    }

    /** How a session reads in the choice: venue and China time. */
    public String label(EventView.Session session) {
        return session.venue() + " · " + ChinaTimes.show(session.startsAt());
    }

    public List<Integer> getPartySizes() {
        return IntStream.rangeClosed(1, getEvent().maxGroup()).boxed().toList();
    }

    public RegistrationView getResult() {
        if (result == null && registration != null) {
            result = events.registration(registration);
        }
        return result;
    }

    public void register() throws IOException {
        if (sessionId == null) {
            texts.error("register:session", "events_event.sessionRequired");
            return;
        }
        try {
            RegistrationView made = events.register(sessionId, new RegistrationRequest(name, partySize, companions,
                    answers));
            Faces.redirect(Faces.getRequestContextPath() + "/events/event.xhtml?id=" + id + "&registration="
                    + made.id());
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getRegistration() { return registration; }
    public void setRegistration(Long registration) { this.registration = registration; }
    public Long getSessionId() { return sessionId; }
    public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getPartySize() { return partySize; }
    public void setPartySize(Integer partySize) { this.partySize = partySize; }
    public String getCompanions() { return companions; }
    public void setCompanions(String companions) { this.companions = companions; }
    public List<String> getAnswers() { return answers; }
}
