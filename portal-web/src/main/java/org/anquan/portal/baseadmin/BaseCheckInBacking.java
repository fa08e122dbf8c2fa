package org.anquan.portal.baseadmin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.reservation.boundary.BookingView;
import org.anquan.booking.reservation.boundary.Bookings;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.portal.language.Texts;

import java.io.Serializable;

/**
 * /base-admin/checkin.xhtml: the gate. A USB scanner types the QR's ticket code and Enter (or staff type it); the
 * group is checked in at once if the ticket is today's and confirmed, and its facts are shown to compare. Then, or
 * later from the bookings list (?booking=), the drill record: attendance, what was practised, the evaluation.
 */
@Named
@ViewScoped
public class BaseCheckInBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Bookings bookings;

    @Inject
    Texts texts;

    private String ticket;
    private Long booking;
    private transient BookingView shown;
    private Integer attendance;
    private String practised;
    private String evaluation;

    /** Opened from the list with ?booking=: the record form of that booking. */
    public void open() {
        if (booking != null && getShown() != null) {
            attendance = shown.attendance() != null ? shown.attendance() : shown.headCount();
            practised = shown.practised();
            evaluation = shown.evaluation();
        }
    }

    public void checkIn() {
        try {
            shown = bookings.checkIn(ticket == null ? "" : ticket);
            booking = shown.id();
            attendance = shown.headCount();
            practised = shown.purpose();
            evaluation = null;
            texts.info("base_admin_checkin.done", shown.groupName(), shown.headCount());
            ticket = null;
        } catch (UnknownEntityException e) {
            texts.error("checkin:ticket", "base_admin_checkin.unknownTicket");
        } catch (BusinessException e) {
            texts.error("checkin:ticket", e);
        }
    }

    public String record() {
        try {
            BookingView recorded = bookings.record(booking, attendance == null ? -1 : attendance, practised,
                    evaluation);
            org.omnifaces.util.Faces.getFlash().setKeepMessages(true);
            texts.info("base_admin_checkin.recorded", recorded.groupName());
            return "/base-admin/checkin.xhtml?faces-redirect=true&booking=" + recorded.id();
        } catch (BusinessException e) {
            texts.error("record:attendance", e);
            return null;
        }
    }

    public BookingView getShown() {
        if (shown == null && booking != null) {
            shown = bookings.one(booking);
        }
        return shown;
    }

    public String getTicket() { return ticket; }
    public void setTicket(String ticket) { this.ticket = ticket; }
    public Long getBooking() { return booking; }
    public void setBooking(Long booking) { this.booking = booking; }
    public Integer getAttendance() { return attendance; }
    public void setAttendance(Integer attendance) { this.attendance = attendance; }
    public String getPractised() { return practised; }
    public void setPractised(String practised) { this.practised = practised; }
    public String getEvaluation() { return evaluation; }
    public void setEvaluation(String evaluation) { this.evaluation = evaluation; }
}
