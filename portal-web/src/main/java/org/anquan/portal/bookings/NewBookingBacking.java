package org.anquan.portal.bookings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.base.boundary.BaseDetail;
import org.anquan.booking.base.boundary.TrainingBases;
import org.anquan.booking.reservation.boundary.BookingRequest;
import org.anquan.booking.reservation.boundary.BookingView;
import org.anquan.booking.reservation.boundary.Bookings;
import org.anquan.booking.reservation.boundary.SlotView;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * /bookings/new.xhtml?base=&facility=&start=: the booking form of one slot. It says before booking what will happen
 * to the group (confirmed, waiting for the base's approval, or on the waiting list), for the head count entered.
 */
@Named
@ViewScoped
public class NewBookingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> ORGANISATION_KINDS = List.of("ENTERPRISE", "SCHOOL", "RESCUE_TEAM",
            "VOLUNTEER_TEAM", "COMMUNITY", "OTHER");

    /** What booking will do for the head count entered. */
    public enum Outcome { CONFIRMED, PENDING, WAITLISTED }

    @EJB
    transient TrainingBases bases;

    @EJB
    transient Bookings bookings;

    @Inject
    Texts texts;

    private Long base;
    private Long facility;
    private String start;
    private transient BaseDetail detail;
    private transient SlotView slot;

    private String groupName;
    private String organisationKind = "SCHOOL";
    private Integer headCount;
    private String purpose;
    private String contactName;
    private String contactPhone;
    private String participants;
    private boolean ageConfirmed;
    private boolean equipmentConfirmed;
    private boolean fitnessConfirmed;

    public BaseDetail getDetail() {
        if (detail == null) {
            if (base == null) {
                throw new UnknownEntityException("base", "none");
            }
            detail = bases.base(base);
        }
        return detail;
    }

    public BaseDetail.FacilityView getFacilityView() {
        return getDetail().facilities().stream().filter(f -> facility != null && f.id() == facility
                && f.active()).findFirst().orElseThrow(() -> new UnknownEntityException("facility", facility));
    }

    public Instant getStartsAt() {
        try {
            return start == null ? null : Instant.parse(start);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The slot as the availability shows it now; null when it is not a slot of the facility. */
    public SlotView getSlot() {
        if (slot == null && getStartsAt() != null) {
            LocalDate day = getStartsAt().atZone(Clocks.CHINA).toLocalDate();
            slot = bookings.availability(getFacilityView().id(), day, day).stream()
                    .filter(candidate -> candidate.startsAt().equals(getStartsAt())).findFirst().orElse(null);
        }
        return slot;
    }

    public Outcome getOutcome() {
        SlotView shown = getSlot();
        int people = headCount == null ? 1 : headCount;
        if (shown == null || shown.waiting() > 0 || shown.free() < people) {
            return Outcome.WAITLISTED;
        }
        return getFacilityView().autoApprove() ? Outcome.CONFIRMED : Outcome.PENDING;
    }

    /** The place the group would take on the waiting list. */
    public int getWaitingPosition() {
        return getSlot() == null ? 1 : getSlot().waiting() + 1;
    }

    public String book() {
        BaseDetail shown = getDetail();
        boolean missing = false;
        if (shown.minAge() != null && !ageConfirmed) {
            texts.error("booking:ageConfirmed", "bookings_new.confirmRequired");
            missing = true;
        }
        if (shown.protectiveEquipment() != null && !shown.protectiveEquipment().isBlank() && !equipmentConfirmed) {
            texts.error("booking:equipmentConfirmed", "bookings_new.confirmRequired");
            missing = true;
        }
        if (shown.fitnessDeclaration() && !fitnessConfirmed) {
            texts.error("booking:fitnessConfirmed", "bookings_new.confirmRequired");
            missing = true;
        }
        if (missing || getStartsAt() == null) {
            return null;
        }
        BookingView booked;
        try {
            booked = bookings.book(new BookingRequest(getFacilityView().id(), getStartsAt(),
                    headCount == null ? 0 : headCount, groupName, organisationKind, purpose, contactName,
                    contactPhone, participants));
        } catch (BusinessException e) {
            texts.error(null, e);
            slot = null;
            return null;
        }
        org.omnifaces.util.Faces.getFlash().setKeepMessages(true);
        texts.info("bookings_new.booked." + booked.status().name(), booked.ticket(),
                booked.waitingPosition() == null ? 0 : booked.waitingPosition());
        return "/bookings/index.xhtml?faces-redirect=true";
    }

    public List<String> getOrganisationKinds() {
        return ORGANISATION_KINDS;
    }

    public Long getBase() { return base; }
    public void setBase(Long base) { this.base = base; }
    public Long getFacility() { return facility; }
    public void setFacility(Long facility) { this.facility = facility; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getGroupName() { return groupName; }
    public void setGroupName(String groupName) { this.groupName = groupName; }
    public String getOrganisationKind() { return organisationKind; }
    public void setOrganisationKind(String organisationKind) { this.organisationKind = organisationKind; }
    public Integer getHeadCount() { return headCount; }
    public void setHeadCount(Integer headCount) { this.headCount = headCount; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getParticipants() { return participants; }
    public void setParticipants(String participants) { this.participants = participants; }
    public boolean isAgeConfirmed() { return ageConfirmed; }
    public void setAgeConfirmed(boolean ageConfirmed) { this.ageConfirmed = ageConfirmed; }
    public boolean isEquipmentConfirmed() { return equipmentConfirmed; }
    public void setEquipmentConfirmed(boolean equipmentConfirmed) { this.equipmentConfirmed = equipmentConfirmed; }
    public boolean isFitnessConfirmed() { return fitnessConfirmed; }
    public void setFitnessConfirmed(boolean fitnessConfirmed) { this.fitnessConfirmed = fitnessConfirmed; }
}
