package org.anquan.portal.calendar;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.calendar.boundary.CalendarItem;
import org.anquan.booking.calendar.boundary.Calendars;
import org.anquan.booking.event.boundary.Events;
import org.anquan.portal.language.Language;
import org.anquan.portal.language.Languages;
import org.omnifaces.util.Faces;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** /calendar/: the campaign calendar, all published event sessions or one campaign's (?campaign=), month/week/day. */
@Named
@ViewScoped
public class CampaignCalendarBacking implements Serializable, CalendarSchedule.Loader {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Calendars calendars;

    @EJB
    transient Events events;

    @Inject
    Language language;

    private Long campaign;
    private String date;
    private CalendarSchedule model;
    private transient List<Events.CampaignView> campaigns;

    public ScheduleModel getModel() {
        if (model == null) {
            model = new CalendarSchedule(this);
        }
        return model;
    }

    @Override
    public List<CalendarItem> load(Instant from, Instant to) {
        return calendars.campaign(from, to, campaign);
    }

    @Override
    public Languages language() {
        return language.current();
    }

    @Override
    public String contextPath() {
        return Faces.getRequestContextPath();
    }

    public List<Events.CampaignView> getCampaigns() {
        if (campaigns == null) {
            campaigns = events.campaigns();
        }
        return campaigns;
    }

    public LocalDate getInitialDate() {
        return CalendarSchedule.initialDate(date);
    }

    private String feedPath() {
        return campaign == null ? "/calendar/campaigns.ics" : "/calendar/campaigns/" + campaign + ".ics";
    }

    public String getDownloadLink() {
        return FeedLinks.download(Faces.getRequest(), feedPath(), language.getCode());
    }

    public String getSubscribeLink() {
        return FeedLinks.webcal(Faces.getRequest(), feedPath(), language.getCode());
    }

    public Long getCampaign() { return campaign; }
    public void setCampaign(Long campaign) { this.campaign = campaign; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
}
