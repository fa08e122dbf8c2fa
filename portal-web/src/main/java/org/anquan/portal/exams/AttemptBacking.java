package org.anquan.portal.exams;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.exam.attempt.boundary.AttemptStart;
import org.anquan.exam.attempt.boundary.AttemptState;
import org.anquan.exam.attempt.boundary.Attempts;
import org.anquan.exam.attempt.boundary.DeliveredQuestion;
import org.anquan.exam.attempt.entity.AttemptStatus;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.session.boundary.ExamSessions;
import org.anquan.exam.session.boundary.RegistrationView;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * /exams/attempt.xhtml: the exam at the seat. One question at a time with a navigator; every choice is saved at
 * once; the countdown runs from the server's remaining time; the server submits at the deadline. The terminal's
 * lease lives in a cookie of this browser, so a reload (or a server restart) continues where it was, while another
 * browser is refused until the proctor lets it take over.
 */
@Named
@ViewScoped
public class AttemptBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "anquan-lease-";

    @EJB
    transient Attempts attempts;

    @EJB
    transient ExamSessions sessions;

    @Inject
    Texts texts;

    private long registration;
    private Long attemptId;
    private String lease;
    private int number = 1;
    /** The question the address names (the page keeps it there), so that a reload returns to it. */
    private Integer requested;
    private String single;
    private List<String> multiple = new ArrayList<>();
    private Instant savedAt;
    private String blockedKey;

    private transient AttemptState state;
    private transient DeliveredQuestion question;

    public String open() {
        try {
            AttemptStart start = attempts.start(registration, Faces.getRequestCookie(COOKIE + registration));
            attemptId = start.attemptId();
            lease = start.lease();
            Faces.addResponseCookie(COOKIE + registration, lease, "/exams/", -1);
            if (start.resumed()) {
                texts.info("exams_attempt.resumed");
            }
            int count = getState().navigator().size();
            load(requested != null && requested >= 1 && requested <= count ? requested : 1);
            return null;
        } catch (BusinessException e) {
            if ("attempt.submitted".equals(e.messageKey())) {
                return resultOutcome();
            }
            blockedKey = e.messageKey();
            texts.error(null, e);
            return null;
        }
    }

    public AttemptState getState() {
        if (state == null && attemptId != null) {
            state = attempts.state(attemptId, lease);
        }
        return state;
    }

    public DeliveredQuestion getQuestion() {
        if (question == null && attemptId != null) {
            question = attempts.question(attemptId, lease, number);
        }
        return question;
    }

    /** Goes to question n (1-based), from the navigator or the previous/next buttons. */
    public void go(int n) {
        if (n >= 1 && n <= getState().navigator().size()) {
            load(n);
        }
    }

    private void load(int n) {
        number = n;
        question = null;
        state = null;
        DeliveredQuestion shown = getQuestion();
        single = shown.chosen().isEmpty() || shown.type() == ItemType.MULTIPLE_CHOICE ? null
                : String.valueOf(shown.chosen().iterator().next());
        multiple = shown.type() == ItemType.MULTIPLE_CHOICE
                ? new ArrayList<>(shown.chosen().stream().map(String::valueOf).toList()) : new ArrayList<>();
    }

    /** Saves the current choices at once (the radio or checkbox changed). */
    public void save() {
        Set<Integer> chosen = new HashSet<>();
        if (getQuestion().type() == ItemType.MULTIPLE_CHOICE) {
            multiple.forEach(value -> chosen.add(Integer.valueOf(value)));
        } else if (single != null && !single.isEmpty()) {
            chosen.add(Integer.valueOf(single));
        }
        store(chosen, null);
    }

    public void toggleFlag() {
        store(null, !getQuestion().flagged());
    }

    private void store(Set<Integer> chosen, Boolean flag) {
        try {
            savedAt = attempts.answer(attemptId, lease, number, chosen, flag).savedAt();
        } catch (BusinessException e) {
            texts.error(null, e);
        }
        question = null;
        state = null;
    }

    /** The poll: fresh time and announcements; once the attempt has ended, on to the result. */
    public void refresh() throws java.io.IOException {
        state = null;
        try {
            if (getState().status() != AttemptStatus.IN_PROGRESS) {
                Faces.redirect("exams/result.xhtml?attempt=%s", String.valueOf(attemptId));
            }
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    /** Before the confirmation: the answers may have changed elsewhere (another tab, the API), so ask again. */
    public void reload() {
        state = null;
        question = null;
    }

    public String submit() {
        try {
            attempts.submit(attemptId, lease);
        } catch (BusinessException e) {
            if (!"attempt.submitted".equals(e.messageKey())) {
                texts.error(null, e);
                return null;
            }
        }
        Faces.getFlash().setKeepMessages(true);
        texts.info("exams_attempt.submitted");
        return resultOutcome();
    }

    private String resultOutcome() {
        Long id = attemptId;
        if (id == null) {
            id = sessions.mine().stream().filter(r -> r.id() == registration).map(RegistrationView::attemptId)
                    .findFirst().orElse(null);
        }
        return id == null ? "/exams/mine.xhtml?faces-redirect=true"
                : "/exams/result.xhtml?faces-redirect=true&attempt=" + id;
    }

    /** The options as value → caption for the radio or checkbox list ("A. …"). */
    public Map<String, String> getOptions() {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        List<String> shown = getQuestion().options();
        for (int i = 0; i < shown.size(); i++) {
            String caption = getQuestion().type() == ItemType.JUDGEMENT ? shown.get(i)
                    : (char) ('A' + i) + ". " + shown.get(i);
            options.put(caption, String.valueOf(i));
        }
        return options;
    }

    public String cellClass(AttemptState.Slot slot) {
        return "nav-cell" + (slot.answered() ? " nav-cell--answered" : "") + (slot.flagged() ? " nav-cell--flagged" : "")
                + (slot.number() == number ? " nav-cell--current" : "");
    }

    /** The picture of the current question, through the servlet that checks this browser's lease. */
    public String getPictureUrl() {
        return "/exams/picture?registration=" + registration + "&attempt=" + attemptId + "&number=" + number;
    }

    public boolean isBlocked() { return attemptId == null; }
    public String getBlockedKey() { return blockedKey; }
    public long getRegistration() { return registration; }
    public void setRegistration(long registration) { this.registration = registration; }
    public int getNumber() { return number; }
    public Integer getRequested() { return requested; }
    public void setRequested(Integer requested) { this.requested = requested; }

    /** "3, 17, 40" for the confirmation: the unanswered or flagged question numbers. */
    public String numbers(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
    public String getSingle() { return single; }
    public void setSingle(String single) { this.single = single; }
    public List<String> getMultiple() { return multiple; }
    public void setMultiple(List<String> multiple) { this.multiple = multiple; }
    public Instant getSavedAt() { return savedAt; }
    public Long getAttemptId() { return attemptId; }
}
