package org.anquan.portal.exams;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.anquan.exam.attempt.boundary.AttemptResult;
import org.anquan.exam.attempt.boundary.Attempts;
import org.anquan.exam.review.boundary.ResultReviews;
import org.anquan.exam.review.boundary.ReviewView;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;
import jakarta.inject.Inject;

/** /exams/result.xhtml: an ended attempt; score, certificate and the review once the centre has published. */
@Named
@ViewScoped
public class ResultBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Attempts attempts;

    @EJB
    transient ResultReviews reviews;

    @Inject
    Texts texts;

    private long attempt;
    private transient AttemptResult result;
    private transient ReviewView review;
    private boolean reviewLoaded;
    private String reason;

    public AttemptResult getResult() {
        if (result == null) {
            result = attempts.result(attempt);
        }
        return result;
    }

    /** The candidate's review request (复核) of this attempt, if any. */
    public ReviewView getReview() {
        if (!reviewLoaded) {
            review = reviews.mine(attempt).orElse(null);
            reviewLoaded = true;
        }
        return review;
    }

    public String requestReview() {
        try {
            reviews.request(attempt, reason);
        } catch (BusinessException e) {
            texts.error("review:reason", e);
            return null;
        }
        org.omnifaces.util.Faces.getFlash().setKeepMessages(true);
        texts.info("exams_result.reviewRequested");
        return "/exams/result.xhtml?faces-redirect=true&attempt=" + attempt;
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

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
