package org.anquan.exam.paper.control;

/** The kinds of question: judgement (对/错), single choice, multiple choice (all-or-nothing). */
public enum ItemType {
    JUDGEMENT, SINGLE_CHOICE, MULTIPLE_CHOICE;

    /** Judgement options (对, 错) keep their order; choice options are shuffled per candidate. */
    public boolean shufflesOptions() {
        return this != JUDGEMENT;
    }
}
