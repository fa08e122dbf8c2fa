package org.anquan.portal.exams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.exam.attempt.boundary.AttemptResult;
import org.anquan.exam.attempt.boundary.Attempts;

/** /exams/result.xhtml: an ended attempt; score, certificate and the review once the centre has published. */
@Named
@RequestScoped
public class ResultBacking {

    @EJB
    Attempts attempts;

    private long attempt;
    private AttemptResult result;

    public AttemptResult getResult() {
        if (result == null) {
            result = attempts.result(attempt);
        }
        return result;
    }

    /** "work-safety-law#art-21" → the article's page. */
    public String lawLink(String legalBasis) {
        return lawPath(legalBasis);
    }

    /** "work-safety-law#art-21" → "/laws/work-safety-law#art-21"; null without a legal basis. */
    public static String lawPath(String legalBasis) {
        if (legalBasis == null || legalBasis.isBlank()) {
            return null;
        }
        String[] parts = legalBasis.split("#", 2);
        return "/laws/" + parts[0] + (parts.length == 2 ? "#" + parts[1] : "");
    }

    public char letter(int index) {
        return (char) ('A' + index);
    }

    public long getAttempt() { return attempt; }
    public void setAttempt(long attempt) { this.attempt = attempt; }
}
