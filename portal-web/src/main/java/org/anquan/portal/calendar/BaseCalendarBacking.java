package org.anquan.portal.calendar;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.base.boundary.BaseDetail;
import org.anquan.booking.base.boundary.TrainingBaseView;
import org.anquan.booking.base.boundary.TrainingBases;
import org.anquan.booking.calendar.boundary.CalendarItem;
import org.anquan.booking.calendar.boundary.Calendars;
import org.anquan.portal.language.Language;
import org.anquan.portal.language.Languages;
import org.omnifaces.util.Faces;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * /calendar/base.xhtml?id=: a base's booked slots (places taken and free, never who booked) and its closures,
 * optionally of one facility (?facility=); without an id, the bases to choose from.
 */
@Named
@ViewScoped
public class BaseCalendarBacking implements Serializable, CalendarSchedule.Loader {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Calendars calendars;

    @EJB
    transient TrainingBases bases;

    @Inject
    Language language;

    private Long id;
    private Long facility;
    private String date;
    private CalendarSchedule model;
    private transient BaseDetail base;
    private transient List<TrainingBaseView> published;

    /** The base shown; an unknown or unpublished one is answered as not found. */
    public BaseDetail getBase() {
        if (base == null && id != null) {
            base = bases.base(id);
        }
        return base;
    }

    public List<TrainingBaseView> getBases() {
        if (published == null) {
            published = bases.published();
        }
        return published;
    }

    public ScheduleModel getModel() {
        if (model == null) {
            model = new CalendarSchedule(this);
        }
        return model;
    }

    @Override
    public List<CalendarItem> load(Instant from, Instant to) {
        return id == null ? List.of() : calendars.base(id, facility, from, to);
    }

    @Override
    public Languages language() {
        return language.current();
    }

    @Override
    public String contextPath() {
        return Faces.getRequestContextPath();
    }

    public LocalDate getInitialDate() {
        return CalendarSchedule.initialDate(date);
    }

    public String getDownloadLink() {
        return FeedLinks.download(Faces.getRequest(), "/calendar/base/" + id + ".ics", language.getCode());
    }

    public String getSubscribeLink() {
        return FeedLinks.webcal(Faces.getRequest(), "/calendar/base/" + id + ".ics", language.getCode());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getFacility() { return facility; }
    public void setFacility(Long facility) { this.facility = facility; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
}
