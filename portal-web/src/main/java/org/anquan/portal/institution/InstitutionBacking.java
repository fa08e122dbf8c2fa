package org.anquan.portal.institution;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.exam.session.boundary.BatchRegistration;
import org.anquan.exam.session.boundary.ExamSessions;
import org.anquan.exam.session.boundary.SessionView;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * /institution/: a training institution registers its trainees for an exam session in one go (pasted from a
 * spreadsheet, one trainee per line) and follows their registrations, tickets and published scores.
 */
@Named
@ViewScoped
public class InstitutionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** What may separate the name from the ID number on a line: tabs (cells pasted from a sheet), commas, spaces. */
    private static final java.time.format.DateTimeFormatter SESSION_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.CHINA);
    private static final String SEPARATORS = "[\\t,，;；\\s]+";

    @EJB
    transient ExamSessions sessions;

    @Inject
    Texts texts;

    private Long sessionId;
    private String trainees;
    private List<Problem> problems = List.of();
    private transient List<SessionView> open;
    private transient List<BatchRegistration.Entry> registrations;

    /** A problem as shown: the line of the text area it came from. */
    public record Problem(int line, String name, String message) implements Serializable {
    }

    /** Lines of the text area that hold something, as trainees, with the number of each line. */
    static List<Parsed> parse(String text) {
        List<Parsed> parsed = new ArrayList<>();
        if (text == null) {
            return parsed;
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(SEPARATORS);
            String idNumber = parts.length < 2 ? null : parts[parts.length - 1];
            String name = parts.length < 2 ? line : String.join("", java.util.Arrays.copyOf(parts, parts.length - 1));
            parsed.add(new Parsed(i + 1, new BatchRegistration.Trainee(name, idNumber)));
        }
        return parsed;
    }

    record Parsed(int line, BatchRegistration.Trainee trainee) {
    }

    public void register() {
        problems = List.of();
        if (sessionId == null) {
            texts.error("batch:session", "batch.sessionRequired");
            return;
        }
        List<Parsed> parsed = parse(trainees);
        if (parsed.isEmpty()) {
            texts.error("batch:trainees", "batch.empty");
            return;
        }
        try {
            BatchRegistration outcome = sessions.registerBatch(sessionId,
                    parsed.stream().map(Parsed::trainee).toList());
            if (outcome.clean()) {
                texts.info("institution.registered", outcome.registered().size());
                trainees = null;
            } else {
                problems = outcome.problems().stream().map(problem -> new Problem(
                        problem.line() == 0 ? 0 : parsed.get(problem.line() - 1).line(), problem.realName(),
                        texts.format(problem.messageKey(), problem.argument()))).toList();
                texts.error(null, "institution.nothingRegistered", problems.size());
            }
        } catch (BusinessException e) {
            texts.error(null, e);
        }
        registrations = null;
        open = null;
    }

    public void cancel(long registrationId) {
        try {
            sessions.cancelForInstitution(registrationId);
            texts.info("institution.cancelled");
        } catch (BusinessException e) {
            texts.error(null, e);
        }
        registrations = null;
        open = null;
    }

    /** Sessions that still take registrations and have a free seat. */
    public List<SessionView> getOpenSessions() {
        if (open == null) {
            open = sessions.upcoming().stream().filter(SessionView::registrationOpen).toList();
        }
        return open;
    }

    /** A session as the choice names it: subject, place, day and time (China time), free seats. */
    public String label(SessionView session) {
        return texts.format("institution.sessionLabel", session.subjectName(), session.centreName(),
                session.roomName(), SESSION_TIME.format(session.startsAt()), session.seats() - session.registered());
    }

    public List<BatchRegistration.Entry> getRegistrations() {
        if (registrations == null) {
            registrations = sessions.institutionRegistrations();
        }
        return registrations;
    }

    public List<Problem> getProblems() { return problems; }
    public Long getSessionId() { return sessionId; }
    public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
    public String getTrainees() { return trainees; }
    public void setTrainees(String trainees) { this.trainees = trainees; }
}
