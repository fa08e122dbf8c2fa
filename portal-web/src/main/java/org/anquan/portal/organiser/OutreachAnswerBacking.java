package org.anquan.portal.organiser;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.outreach.boundary.Outreach;
import org.anquan.booking.outreach.boundary.OutreachView;
import org.anquan.portal.language.ChinaTimes;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * /organiser/outreach.xhtml: the outreach requests the organiser's organisation received; one is chosen and
 * answered: accepted on a preferred date or another (it becomes a published event), another date proposed, or
 * declined, each with a message to the requester.
 */
@Named
@ViewScoped
public class OutreachAnswerBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String OUTREACH = "/organiser/outreach.xhtml";

    @EJB
    transient Outreach outreach;

    @Inject
    Texts texts;

    private Long selected;
    private String date = "FIRST";
    private String otherDate;
    private String answer;
    private transient List<OutreachView> received;

    public List<OutreachView> getReceived() {
        if (received == null) {
            received = outreach.received();
        }
        return received;
    }

    public OutreachView getChosen() {
        return selected == null ? null
                : getReceived().stream().filter(r -> r.id() == selected).findFirst().orElse(null);
    }

    public String label(Instant instant) {
        return ChinaTimes.show(instant);
    }

    public void choose(long requestId) {
        selected = requestId;
        date = "FIRST";
        otherDate = null;
        answer = null;
    }

    public void accept() {
        chosenDate().ifPresent(on -> texts.change(() -> outreach.accept(selected, on, answer), OUTREACH,
                "organiser_outreach.accepted"));
    }

    public void propose() {
        Optional<Instant> on = ChinaTimes.parse(otherDate);
        if (on.isEmpty()) {
            texts.error("answer:otherDate", "outreach.dateRequired");
            return;
        }
        texts.change(() -> outreach.propose(selected, on.get(), answer), OUTREACH, "organiser_outreach.proposed");
    }

    public void decline() {
        texts.change(() -> outreach.decline(selected, answer), OUTREACH, "organiser_outreach.declined");
    }

    private Optional<Instant> chosenDate() {
        OutreachView chosen = getChosen();
        Optional<Instant> on = switch (date == null ? "" : date) {
            case "FIRST" -> Optional.ofNullable(chosen == null ? null : chosen.preferredFirst());
            case "SECOND" -> Optional.ofNullable(chosen == null ? null : chosen.preferredSecond());
            default -> ChinaTimes.parse(otherDate);
        };
        if (on.isEmpty()) {
            texts.error("OTHER".equals(date) ? "answer:otherDate" : "answer:date", "outreach.dateRequired");
        }
        return on;
    }

    public Long getSelected() { return selected; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getOtherDate() { return otherDate; }
    public void setOtherDate(String otherDate) { this.otherDate = otherDate; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
