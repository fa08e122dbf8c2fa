package org.anquan.portal.events;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.booking.event.boundary.EventView;
import org.anquan.booking.event.boundary.Events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** /events/: published events grouped by their campaign, optionally of one campaign only. */
@Named
@RequestScoped
public class EventsBacking {

    @EJB
    Events events;

    private Long campaign;
    private List<Events.CampaignView> campaigns;
    private List<Group> groups;

    /** A campaign (null: events of no campaign, such as outreach talks) and its events. */
    public record Group(Events.CampaignView campaign, List<EventView> events) {
    }

    public List<Events.CampaignView> getCampaigns() {
        if (campaigns == null) {
            campaigns = events.campaigns();
        }
        return campaigns;
    }

    public List<Group> getGroups() {
        if (groups == null) {
            List<EventView> published = events.published();
            groups = new ArrayList<>();
            for (Events.CampaignView one : getCampaigns()) {
                List<EventView> of = published.stream().filter(e -> Objects.equals(e.campaignId(), one.id())).toList();
                if (!of.isEmpty() && (campaign == null || campaign == one.id())) {
                    groups.add(new Group(one, of));
                }
            }
            List<EventView> other = published.stream().filter(e -> e.campaignId() == null).toList();
            if (!other.isEmpty() && campaign == null) {
                groups.add(new Group(null, other));
            }
        }
        return groups;
    }

    public Long getCampaign() { return campaign; }
    public void setCampaign(Long campaign) { this.campaign = campaign; }
}
