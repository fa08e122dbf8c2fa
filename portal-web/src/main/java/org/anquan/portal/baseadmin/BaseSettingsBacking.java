package org.anquan.portal.baseadmin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.base.boundary.BaseAdministration;
import org.anquan.booking.base.boundary.BaseDetail;
import org.anquan.booking.base.boundary.TrainingBaseView;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.bases.BaseBacking;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * /base-admin/settings.xhtml?base=&facility=: a base's facility rules, opening hours per weekday and closures, for
 * its staff. Each form saves on its own and redirects back (the address keeps base and facility).
 */
@Named
@ViewScoped
public class BaseSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient BaseAdministration administration;

    @Inject
    Texts texts;

    @Inject
    org.anquan.portal.language.Language language;

    private Long base;
    private Long facility;
    private transient List<TrainingBaseView> bases;
    private transient BaseDetail detail;
    private FacilityForm form;
    private List<HoursRow> hours;
    private Long closureFacility;
    private String closureFrom;
    private String closureTo;
    private String closureReason;
    private transient jakarta.servlet.http.Part photo;
    private String photoCaption;

    /** A facility's rules as the form edits them. */
    public static class FacilityForm implements Serializable {
        private static final long serialVersionUID = 1L;
        public long id;
        public String name;
        public String features;
        public Integer capacity;
        public Integer slotMinutes;
        public Integer bufferMinutes;
        public Integer minNoticeHours;
        public Integer maxAheadDays;
        public boolean autoApprove;
        public Integer cancelHours;
        public Integer noShowMinutes;
        public Integer offerHours;
        public Integer monthlyQuota;
        public boolean active;

        static FacilityForm of(BaseDetail.FacilityView view) {
            FacilityForm form = new FacilityForm();
            form.id = view.id();
            form.name = view.name();
            form.features = view.features();
            form.capacity = view.capacity();
            form.slotMinutes = view.slotMinutes();
            form.bufferMinutes = view.bufferMinutes();
            form.minNoticeHours = view.minNoticeHours();
            form.maxAheadDays = view.maxAheadDays();
            form.autoApprove = view.autoApprove();
            form.cancelHours = view.cancelHours();
            form.noShowMinutes = view.noShowMinutes();
            form.offerHours = view.offerHours();
            form.monthlyQuota = view.monthlyQuota();
            form.active = view.active();
            return form;
        }

        BaseDetail.FacilityView view() {
            return new BaseDetail.FacilityView(id, name, features, number(capacity), number(slotMinutes),
                    number(bufferMinutes), number(minNoticeHours), number(maxAheadDays), autoApprove,
                    number(cancelHours), number(noShowMinutes), number(offerHours), monthlyQuota, active);
        }

        private static int number(Integer value) {
            return value == null ? -1 : value;
        }

        public long getId() { return id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getFeatures() { return features; }
        public void setFeatures(String features) { this.features = features; }
        public Integer getCapacity() { return capacity; }
        public void setCapacity(Integer capacity) { this.capacity = capacity; }
        public Integer getSlotMinutes() { return slotMinutes; }
        public void setSlotMinutes(Integer slotMinutes) { this.slotMinutes = slotMinutes; }
        public Integer getBufferMinutes() { return bufferMinutes; }
        public void setBufferMinutes(Integer bufferMinutes) { this.bufferMinutes = bufferMinutes; }
        public Integer getMinNoticeHours() { return minNoticeHours; }
        public void setMinNoticeHours(Integer minNoticeHours) { this.minNoticeHours = minNoticeHours; }
        public Integer getMaxAheadDays() { return maxAheadDays; }
        public void setMaxAheadDays(Integer maxAheadDays) { this.maxAheadDays = maxAheadDays; }
        public boolean isAutoApprove() { return autoApprove; }
        public void setAutoApprove(boolean autoApprove) { this.autoApprove = autoApprove; }
        public Integer getCancelHours() { return cancelHours; }
        public void setCancelHours(Integer cancelHours) { this.cancelHours = cancelHours; }
        public Integer getNoShowMinutes() { return noShowMinutes; }
        public void setNoShowMinutes(Integer noShowMinutes) { this.noShowMinutes = noShowMinutes; }
        public Integer getOfferHours() { return offerHours; }
        public void setOfferHours(Integer offerHours) { this.offerHours = offerHours; }
        public Integer getMonthlyQuota() { return monthlyQuota; }
        public void setMonthlyQuota(Integer monthlyQuota) { this.monthlyQuota = monthlyQuota; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
    }

    /** One weekday of the opening hours form ("HH:mm" texts; closed when not open). */
    public static class HoursRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int weekday;
        private final String label;
        private boolean open;
        private String opens;
        private String closes;

        HoursRow(int weekday, String label, boolean open, String opens, String closes) {
            this.weekday = weekday;
            this.label = label;
            this.open = open;
            this.opens = opens;
            this.closes = closes;
        }

        public int getWeekday() { return weekday; }
        public String getLabel() { return label; }
        public boolean isOpen() { return open; }
        public void setOpen(boolean open) { this.open = open; }
        public String getOpens() { return opens; }
        public void setOpens(String opens) { this.opens = opens; }
        public String getCloses() { return closes; }
        public void setCloses(String closes) { this.closes = closes; }
    }

    public List<TrainingBaseView> getBases() {
        if (bases == null) {
            bases = administration.mine();
        }
        return bases;
    }

    /** The base edited: the one asked for, else the first the caller runs; null when none. */
    public BaseDetail getDetail() {
        if (detail == null) {
            Long chosen = base != null ? base : getBases().isEmpty() ? null : getBases().get(0).id();
            if (chosen != null) {
                detail = administration.base(chosen);
                base = chosen;
            }
        }
        return detail;
    }

    public FacilityForm getForm() {
        if (form == null && facility != null && getDetail() != null) {
            form = getDetail().facilities().stream().filter(f -> f.id() == facility).findFirst()
                    .map(FacilityForm::of).orElse(null);
        }
        return form;
    }

    public List<HoursRow> getHours() {
        if (hours == null && getDetail() != null) {
            hours = new ArrayList<>();
            for (int weekday = 1; weekday <= 7; weekday++) {
                int day = weekday;
                BaseDetail.Hours open = getDetail().openingHours().stream().filter(h -> h.weekday() == day)
                        .findFirst().orElse(null);
                hours.add(new HoursRow(day, DayOfWeek.of(day).getDisplayName(TextStyle.FULL, language.getLocale()),
                        open != null, open == null ? "09:00" : open.opens().toString(),
                        open == null ? "17:00" : open.closes().toString()));
            }
        }
        return hours;
    }

    public String saveFacility() {
        try {
            BaseDetail.FacilityView saved = administration.configure(getForm().view());
            return done("base_admin_settings.facilitySaved", saved.name());
        } catch (BusinessException e) {
            return failed(null, e);
        }
    }

    public String saveHours() {
        List<BaseDetail.Hours> chosen = new ArrayList<>();
        for (HoursRow row : getHours()) {
            if (!row.isOpen()) {
                continue;
            }
            try {
                chosen.add(new BaseDetail.Hours(row.getWeekday(), LocalTime.parse(row.getOpens().strip()),
                        LocalTime.parse(row.getCloses().strip())));
            } catch (DateTimeParseException | NullPointerException e) {
                texts.error(null, "base.hours.order", row.getWeekday());
                return null;
            }
        }
        try {
            administration.openingHours(base, chosen);
            return done("base_admin_settings.hoursSaved", getDetail().base().name());
        } catch (BusinessException e) {
            return failed(null, e);
        }
    }

    public String addClosure() {
        Instant from;
        Instant to;
        try {
            from = LocalDateTime.parse(closureFrom).atZone(Clocks.CHINA).toInstant();
            to = LocalDateTime.parse(closureTo).atZone(Clocks.CHINA).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            texts.error("closures:closureFrom", "base_admin_settings.badTime");
            return null;
        }
        try {
            long affected = administration.close(base, closureFacility, from, to, closureReason);
            return done("base_admin_settings.closureAdded", BaseBacking.dateTime(from), BaseBacking.dateTime(to),
                    affected);
        } catch (BusinessException e) {
            return failed(null, e);
        }
    }

    public String addPhoto() {
        if (photo == null || photo.getSize() == 0) {
            texts.error("photos:photo", "base.photo.invalid");
            return null;
        }
        try (java.io.InputStream in = photo.getInputStream()) {
            administration.addPhoto(base, in.readNBytes(5 * 1024 * 1024 + 1), photoCaption);
            return done("base_admin_settings.photoAdded");
        } catch (java.io.IOException e) {
            texts.error("photos:photo", "base.photo.invalid");
            return null;
        } catch (BusinessException e) {
            return failed("base.photo.captionRequired".equals(e.messageKey()) ? "photos:photoCaption" : null, e);
        }
    }

    public String removePhoto(long photoId) {
        try {
            administration.removePhoto(photoId);
            return done("base_admin_settings.photoRemoved");
        } catch (BusinessException e) {
            return failed(null, e);
        }
    }

    public jakarta.servlet.http.Part getPhoto() { return photo; }
    public void setPhoto(jakarta.servlet.http.Part photo) { this.photo = photo; }
    public String getPhotoCaption() { return photoCaption; }
    public void setPhotoCaption(String photoCaption) { this.photoCaption = photoCaption; }

    public String removeClosure(long closureId) {
        try {
            administration.reopen(closureId);
            return done("base_admin_settings.closureRemoved");
        } catch (BusinessException e) {
            return failed(null, e);
        }
    }

    /** The facility a closure is for, or null for the whole base. */
    public String facilityName(Long facilityId) {
        return BaseBacking.facilityName(getDetail(), facilityId);
    }

    private String done(String key, Object... arguments) {
        org.omnifaces.util.Faces.getFlash().setKeepMessages(true);
        texts.info(key, arguments);
        return "/base-admin/settings.xhtml?faces-redirect=true&base=" + base
                + (facility == null ? "" : "&facility=" + facility);
    }

    private String failed(String clientId, BusinessException e) {
        texts.error(clientId, e);
        return null;
    }

    public Long getBase() { return base; }
    public void setBase(Long base) { this.base = base; }
    public Long getFacility() { return facility; }
    public void setFacility(Long facility) { this.facility = facility; }
    public Long getClosureFacility() { return closureFacility; }
    public void setClosureFacility(Long closureFacility) { this.closureFacility = closureFacility; }
    public String getClosureFrom() { return closureFrom; }
    public void setClosureFrom(String closureFrom) { this.closureFrom = closureFrom; }
    public String getClosureTo() { return closureTo; }
    public void setClosureTo(String closureTo) { this.closureTo = closureTo; }
    public String getClosureReason() { return closureReason; }
    public void setClosureReason(String closureReason) { this.closureReason = closureReason; }
}
