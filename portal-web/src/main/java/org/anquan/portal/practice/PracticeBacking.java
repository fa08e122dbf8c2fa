package org.anquan.portal.practice;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.exam.practice.boundary.Practice;
import org.anquan.exam.practice.boundary.PracticeSubject;

import java.util.List;
import java.util.stream.IntStream;

/** /practice/: the subjects one can practise, each with its pool size and a choice of how many questions. */
@Named
@RequestScoped
public class PracticeBacking {

    static final int DEFAULT_COUNT = 10;
    private static final int STEP = 5;

    @EJB
    Practice practice;

    private List<PracticeSubject> subjects;

    public List<PracticeSubject> getSubjects() {
        if (subjects == null) {
            subjects = practice.subjects();
        }
        return subjects;
    }

    /** 5, 10, 15, 20 questions, as far as the subject's pool reaches (5 always: every offered pool has that many). */
    public List<Integer> counts(PracticeSubject subject) {
        return IntStream.iterate(Practice.MIN_QUESTIONS, n -> n <= Practice.MAX_QUESTIONS, n -> n + STEP)
                .filter(n -> n == Practice.MIN_QUESTIONS || n <= subject.count()).boxed().toList();
    }

    /** The count chosen unless the visitor picks another: the default, or the largest the pool allows. */
    public int preselected(PracticeSubject subject) {
        List<Integer> counts = counts(subject);
        return counts.contains(DEFAULT_COUNT) ? DEFAULT_COUNT : counts.get(counts.size() - 1);
    }
}
