package org.anquan.portal.practice;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.practice.boundary.Practice;
import org.anquan.exam.practice.boundary.PracticeFeedback;
import org.anquan.exam.practice.boundary.PracticePaper;
import org.anquan.exam.practice.boundary.PracticeQuestion;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.portal.exams.ResultBacking;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * /practice/paper.xhtml?subject=&count=: a practice paper, one question at a time. The visitor answers, sees at once
 * whether it was right, the correct options, the explanation and the law, then goes on; at the end the score and the
 * questions missed. The paper lives in this view only: nothing is stored, and a reload starts a new paper.
 */
@Named
@ViewScoped
public class PaperBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Practice practice;

    @Inject
    Texts texts;

    /** A question answered on this paper: what was chosen and what the check said. */
    public record Answered(PracticeQuestion question, Set<Integer> chosen, PracticeFeedback feedback)
            implements Serializable {
    }

    private long subject;
    private int count = PracticeBacking.DEFAULT_COUNT;
    private PracticePaper paper;
    private int index;
    private String single;
    private List<String> multiple = new ArrayList<>();
    private final List<Answered> answered = new ArrayList<>();

    public void open() {
        try {
            paper = practice.paper(subject, count);
        } catch (UnknownEntityException e) {
            texts.error(null, "practice.noSuchSubject");
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    /** Checks the current question's answer; the feedback replaces the choices. */
    public void submit() {
        if (getFeedback() != null) {
            return; // answered already (a second click)
        }
        Set<Integer> chosen = new TreeSet<>();
        if (getQuestion().type() == ItemType.MULTIPLE_CHOICE) {
            multiple.forEach(value -> chosen.add(Integer.valueOf(value)));
        } else if (single != null && !single.isEmpty()) {
            chosen.add(Integer.valueOf(single));
        }
        if (chosen.isEmpty()) {
            texts.error(null, "practice.chooseFirst");
            return;
        }
        try {
            answered.add(new Answered(getQuestion(), chosen, practice.check(getQuestion().versionId(), chosen)));
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    /** On to the next question, or to the summary after the last. */
    public void next() {
        if (getFeedback() != null) {
            index++;
            single = null;
            multiple = new ArrayList<>();
        }
    }

    /** The question on screen; null without a paper or after the last. */
    public PracticeQuestion getQuestion() {
        return paper == null || isFinished() ? null : paper.questions().get(index);
    }

    /** The feedback on the current question, once it has been answered. */
    public PracticeFeedback getFeedback() {
        return answered.size() > index ? answered.get(index).feedback() : null;
    }

    /** The options chosen for the current question, once it has been answered. */
    public Set<Integer> getChosen() {
        return answered.size() > index ? answered.get(index).chosen() : Set.of();
    }

    public boolean isFinished() {
        return paper != null && index >= paper.questions().size();
    }

    public boolean isLast() {
        return paper != null && index == paper.questions().size() - 1;
    }

    public int getNumber() {
        return index + 1;
    }

    public int getSize() {
        return paper == null ? 0 : paper.questions().size();
    }

    public long getScore() {
        return answered.stream().filter(answer -> answer.feedback().correct()).count();
    }

    public List<Answered> getMissed() {
        return answered.stream().filter(answer -> !answer.feedback().correct()).toList();
    }

    /** The current question's options as caption → value for the radio or checkbox list ("A. …"). */
    public Map<String, String> getOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < getQuestion().options().size(); i++) {
            options.put(caption(getQuestion(), i), String.valueOf(i));
        }
        return options;
    }

    /** An option as shown: judgement options by their text, choices with their letter. */
    public String caption(PracticeQuestion question, int option) {
        String text = question.options().get(option);
        return question.type() == ItemType.JUDGEMENT ? text : (char) ('A' + option) + ". " + text;
    }

    /** Some options of a question, as shown, one after the other. */
    public String captions(PracticeQuestion question, Collection<Integer> options) {
        return options.stream().sorted().map(option -> caption(question, option)).collect(Collectors.joining("；"));
    }

    public String lawLink(String legalBasis) {
        return ResultBacking.lawPath(legalBasis);
    }

    public PracticePaper getPaper() { return paper; }
    public long getSubject() { return subject; }
    public void setSubject(long subject) { this.subject = subject; }
    public int getCount() { return count; }
    public void setCount(int count) { this.count = count; }
    public String getSingle() { return single; }
    public void setSingle(String single) { this.single = single; }
    public List<String> getMultiple() { return multiple; }
    public void setMultiple(List<String> multiple) { this.multiple = multiple; }
}
