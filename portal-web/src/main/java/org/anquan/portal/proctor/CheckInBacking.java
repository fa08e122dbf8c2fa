package org.anquan.portal.proctor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.exam.session.boundary.CheckInView;
import org.anquan.exam.session.boundary.Proctoring;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.io.Serializable;

/**
 * /proctor/checkin.xhtml: the proctor scans (a scanner types the QR's ticket number and Enter) or types the ticket
 * number, compares the registered photo with the face, and checks the candidate in.
 */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Proctoring proctoring;

    @Inject
    Texts texts;

    private String ticketNumber;
    private Long registrationId;
    private transient CheckInView candidate;

    public void lookUp() {
        registrationId = null;
        candidate = null;
        try {
            candidate = proctoring.lookUp(ticketNumber);
            registrationId = candidate.registrationId();
        } catch (BusinessException e) {
            texts.error("checkin:ticket", "checkIn.unknownTicket");
        }
    }

    public void checkIn() {
        try {
            candidate = proctoring.checkIn(registrationId);
            texts.info("checkIn.done", candidate.candidateName(), candidate.seatLabel());
            ticketNumber = null;
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public CheckInView getCandidate() {
        if (candidate == null && registrationId != null) {
            candidate = proctoring.lookUp(ticketNumber);
        }
        return candidate;
    }

    public String getTicketNumber() { return ticketNumber; }
    public void setTicketNumber(String ticketNumber) { this.ticketNumber = ticketNumber; }
}
