package org.anquan.portal.proctor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.exam.attempt.entity.IrregularityKind;
import org.anquan.exam.session.boundary.ConsoleView;
import org.anquan.exam.session.boundary.Proctoring;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.io.Serializable;

/**
 * /proctor/console.xhtml: the live seat map of a session (refreshed every five seconds) and the proctor's actions,
 * on one selected seat or on the whole session.
 */
@Named
@ViewScoped
public class ConsoleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Proctoring proctoring;

    @Inject
    Texts texts;

    private long session;
    private String selectedSeat;
    private String announcement;
    private Integer minutes = 10;
    private String note;
    private transient ConsoleView console;

    public ConsoleView getConsole() {
        if (console == null) {
            console = proctoring.console(session);
        }
        return console;
    }

    public ConsoleView.SeatState getSelected() {
        return selectedSeat == null ? null : getConsole().seats().stream()
                .filter(seat -> seat.label().equals(selectedSeat)).findFirst().orElse(null);
    }

    public void select(String label) {
        selectedSeat = label;
    }

    public void refresh() {
        console = null;
    }

    public void announce() {
        act(() -> proctoring.announce(session, announcement), "proctor_console.announced");
        announcement = null;
    }

    public void extraTimeForAll() {
        act(() -> proctoring.extraTime(session, null, minutes), "proctor_console.extended");
    }

    public void extraTimeForSelected() {
        onSelected(attempt -> proctoring.extraTime(session, attempt, minutes), "proctor_console.extended");
    }

    public void pause() {
        act(() -> proctoring.pause(session), "proctor_console.pausedDone");
    }

    public void resume() {
        act(() -> proctoring.resume(session), "proctor_console.resumed");
    }

    public void forceSubmit() {
        onSelected(proctoring::forceSubmit, "proctor_console.forced");
    }

    public void releaseTerminal() {
        onSelected(proctoring::releaseTerminal, "proctor_console.released");
    }

    public void warn() {
        onSelected(attempt -> proctoring.irregularity(attempt, IrregularityKind.WARNING, note), "proctor_console.warned");
    }

    public void expel() {
        onSelected(attempt -> proctoring.irregularity(attempt, IrregularityKind.EXPULSION, note),
                "proctor_console.expelled");
    }

    /** An action on the attempt at the selected seat; without one, the hint to select a seat. */
    private void onSelected(java.util.function.LongConsumer action, String doneKey) {
        ConsoleView.SeatState selected = getSelected();
        if (selected == null || selected.attemptId() == null) {
            texts.error(null, "proctor_console.selectSeat");
            return;
        }
        act(() -> action.accept(selected.attemptId()), doneKey);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            texts.info(doneKey);
            note = null;
        } catch (BusinessException e) {
            texts.error(null, e);
        }
        console = null;
    }

    public String remaining(long seconds) {
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    public long getSession() { return session; }
    public void setSession(long session) { this.session = session; }
    public String getSelectedSeat() { return selectedSeat; }
    public String getAnnouncement() { return announcement; }
    public void setAnnouncement(String announcement) { this.announcement = announcement; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
