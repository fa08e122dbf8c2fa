package org.anquan.portal.organiser;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.event.boundary.EventDraft;
import org.anquan.booking.event.boundary.EventView;
import org.anquan.booking.event.boundary.Events;
import org.anquan.booking.event.boundary.SessionDraft;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.ChinaTimes;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * /organiser/event.xhtml?id=: a new event (no id) or one of the organiser's: its description, questions and party
 * limit; its sessions (venue, address, time, capacity); publishing and withdrawing it.
 */
@Named
@ViewScoped
public class EventEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/organiser/event.xhtml?id=";
    static final List<String> AUDIENCES = List.of("PUBLIC", "ENTERPRISE", "SCHOOL", "COMMUNITY", "VILLAGE",
            "FAMILY", "OUTREACH");

    @EJB
    transient Events events;

    @Inject
    Texts texts;

    private Long id;
    private transient EventView event;
    private Long campaignId;
    private String title;
    private String description;
    private String audience = "PUBLIC";
    private String questions;
    private Integer maxGroup = 1;
    private String venue;
    private String address;
    private String startsAt;
    private String endsAt;
    private Integer capacity;

    public void load() {
        if (id == null) {
            return;
        }
        EventView shown = getEvent();
        campaignId = shown.campaignId();
        title = shown.title();
        description = shown.description();
        audience = shown.audience();
        questions = shown.questions().stream().map(q -> q.text() + (q.required() ? " *" : ""))
                .collect(Collectors.joining("\n"));
        maxGroup = shown.maxGroup();
    }

    public EventView getEvent() {
        if (event == null && id != null) {
            event = events.event(id);
        }
        return event;
    }

    public List<Events.CampaignView> getCampaigns() {
        return events.campaigns();
    }

    public List<String> getAudiences() {
        return AUDIENCES;
    }

    public void save() {
        EventDraft draft = new EventDraft(campaignId, title, description, audience, questions, maxGroup);
        try {
            long saved = id == null ? events.create(draft).id() : events.update(id, draft).id();
            texts.infoAndRedirect(PAGE + saved, id == null ? "organiser_event.created" : "organiser_event.saved");
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public void addSession() {
        Optional<Instant> from = ChinaTimes.parse(startsAt);
        Optional<Instant> to = ChinaTimes.parse(endsAt);
        if (from.isEmpty() || to.isEmpty()) {
            texts.error(from.isEmpty() ? "session:startsAt" : "session:endsAt", "organiser_event.badTime");
            return;
        }
        SessionDraft draft = new SessionDraft(venue, address, from.get(), to.get(), capacity);
        texts.change(() -> events.addSession(id, draft), PAGE + id, "organiser_event.sessionAdded");
    }

    public void publish(boolean published) {
        texts.change(() -> events.publish(id, published), PAGE + id,
                published ? "organiser_event.published" : "organiser_event.withdrawn");
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public String getQuestions() { return questions; }
    public void setQuestions(String questions) { this.questions = questions; }
    public Integer getMaxGroup() { return maxGroup; }
    public void setMaxGroup(Integer maxGroup) { this.maxGroup = maxGroup; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getStartsAt() { return startsAt; }
    public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
    public String getEndsAt() { return endsAt; }
    public void setEndsAt(String endsAt) { this.endsAt = endsAt; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
}
