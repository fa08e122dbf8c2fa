package org.anquan.portal.proctor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.exam.review.boundary.ResultReviews;
import org.anquan.exam.review.boundary.ReviewView;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** /proctor/reviews.xhtml: the centre answers candidates' review requests (复核); the paper is graded again. */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ResultReviews reviews;

    @Inject
    Texts texts;

    private final Map<Long, String> answers = new HashMap<>();
    private transient List<ReviewView> requests;

    public List<ReviewView> getRequests() {
        if (requests == null) {
            requests = reviews.requests();
        }
        return requests;
    }

    public void answer(long reviewId) {
        try {
            ReviewView answered = reviews.answer(reviewId, answers.get(reviewId));
            texts.info("proctor_reviews.answered", answered.scoreBefore(), answered.scoreAfter());
        } catch (BusinessException e) {
            texts.error(null, e);
        }
        requests = null;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}
