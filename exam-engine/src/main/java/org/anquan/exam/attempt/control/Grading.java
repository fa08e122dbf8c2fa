package org.anquan.exam.attempt.control;

import jakarta.persistence.EntityManager;
import org.anquan.exam.attempt.entity.Attempt;
import org.anquan.exam.attempt.entity.AttemptQuestion;
import org.anquan.exam.attempt.entity.SubmittedBy;
import org.anquan.exam.bank.entity.ItemVersion;
import org.anquan.exam.bank.entity.Subject;
import org.anquan.exam.grading.control.Grader;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ends an attempt (whose row the caller has locked) and grades it against the item versions on its paper. */
public final class Grading {

    private Grading() {
    }

    public static Grader.Result finish(EntityManager em, Attempt attempt, Instant now, SubmittedBy by) {
        attempt.requireInProgress();
        Grader.Result result = grade(em, attempt);
        attempt.finish(now, by, result.total(), result.passed());
        return result;
    }

    /** Grades the attempt's answers (again) and notes what each question earned. */
    public static Grader.Result grade(EntityManager em, Attempt attempt) {
        List<AttemptQuestion> questions = questions(em, attempt.id());
        Map<Long, ItemVersion> versions = versions(em, questions);
        Grader.Result result = Grader.grade(questions.stream()
                .map(question -> new Grader.Answered(question.points(), question.type(),
                        versions.get(question.itemVersionId()).correctSet(), question.chosen()))
                .toList(), em.find(Subject.class, attempt.subjectId()).passMark());
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).grade(result.earned().get(i));
        }
        return result;
    }

    public static List<AttemptQuestion> questions(EntityManager em, long attemptId) {
        return em.createNamedQuery(AttemptQuestion.OF_ATTEMPT, AttemptQuestion.class)
                .setParameter("attempt", attemptId).getResultList();
    }

    public static Map<Long, ItemVersion> versions(EntityManager em, List<AttemptQuestion> questions) {
        List<Long> ids = questions.stream().map(AttemptQuestion::itemVersionId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT v FROM ItemVersion v WHERE v.id IN :ids", ItemVersion.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(ItemVersion::id, Function.identity()));
    }
}
