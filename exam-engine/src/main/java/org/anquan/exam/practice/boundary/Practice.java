package org.anquan.exam.practice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import org.anquan.exam.bank.entity.Item;
import org.anquan.exam.bank.entity.ItemStatus;
import org.anquan.exam.bank.entity.ItemVersion;
import org.anquan.exam.bank.entity.Subject;
import org.anquan.exam.grading.control.Grader;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.practice.control.PracticeDraw;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Practice for anyone, signed in or not: short papers drawn from a subject's public practice pool, and the answer to
 * each question checked at once with the correct options, the explanation and the legal basis. Only practice items
 * are ever shown or checked here: a version of an exam item is unknown, so the exam bank cannot be harvested through
 * practice. Nothing is stored.
 */
@Stateless
@PermitAll
public class Practice {

    public static final int MIN_QUESTIONS = 5;
    public static final int MAX_QUESTIONS = 20;

    @PersistenceContext(unitName = "exam")
    EntityManager entityManager;

    /** The subjects whose practice pool holds at least {@value #MIN_QUESTIONS} active questions. */
    public List<PracticeSubject> subjects() {
        return entityManager.createQuery("SELECT s.id, s.name, COUNT(i) FROM Subject s, Item i"
                        + " WHERE i.subjectId = s.id AND i.practice = TRUE AND i.status = :active"
                        + " GROUP BY s.id, s.name, s.code HAVING COUNT(i) >= :minimum ORDER BY s.code", Object[].class)
                .setParameter("active", ItemStatus.ACTIVE).setParameter("minimum", (long) MIN_QUESTIONS)
                .getResultStream()
                .map(row -> new PracticeSubject((Long) row[0], (String) row[1], (Long) row[2]))
                .toList();
    }

    /**
     * {@code count} questions ({@value #MIN_QUESTIONS}–{@value #MAX_QUESTIONS}) drawn at random from the subject's
     * practice pool, the types mixed, each without its answer. A subject without a practice pool is unknown here.
     */
    public PracticePaper paper(long subjectId, int count) {
        if (count < MIN_QUESTIONS || count > MAX_QUESTIONS) {
            throw new BusinessException("practice.countOutOfRange", MIN_QUESTIONS, MAX_QUESTIONS);
        }
        Subject subject = entityManager.find(Subject.class, subjectId);
        List<PracticeDraw.Candidate> pool = subject == null ? List.of() : pool(subjectId);
        if (pool.size() < MIN_QUESTIONS) {
            throw new UnknownEntityException("subject", subjectId);
        }
        List<PracticeDraw.Candidate> drawn = PracticeDraw.draw(pool, count, ThreadLocalRandom.current());
        Map<Long, ItemVersion> versions = entityManager.createQuery(
                        "SELECT v FROM ItemVersion v WHERE v.id IN :ids", ItemVersion.class)
                .setParameter("ids", drawn.stream().map(PracticeDraw.Candidate::versionId).toList())
                .getResultStream().collect(Collectors.toMap(ItemVersion::id, Function.identity()));
        List<PracticeQuestion> questions = drawn.stream().map(candidate -> versions.get(candidate.versionId()))
                .map(version -> new PracticeQuestion(version.id(), version.type(), version.stem(),
                        List.copyOf(version.optionList())))
                .toList();
        return new PracticePaper(subject.id(), subject.name(), questions);
    }

    /**
     * Checks an answer to a practice question: {@code chosen} are indexes of the item's own options (empty: no
     * answer, which is wrong). Right only when exactly the correct options are chosen, as in the exam.
     */
    public PracticeFeedback check(long versionId, @Size(max = 8) Set<Integer> chosen) {
        ItemVersion version = entityManager.find(ItemVersion.class, versionId);
        Item item = version == null ? null : entityManager.find(Item.class, version.itemId());
        if (item == null || !item.practice()) {
            throw new UnknownEntityException("question", versionId);
        }
        Set<Integer> answer = chosen == null ? Set.of() : chosen;
        int options = version.optionList().size();
        if (answer.stream().anyMatch(index -> index == null || index < 0 || index >= options)) {
            throw new BusinessException("practice.noSuchOption");
        }
        if (version.type() != ItemType.MULTIPLE_CHOICE && answer.size() > 1) {
            throw new BusinessException("practice.oneChoiceOnly");
        }
        Set<Integer> correct = version.correctSet();
        boolean right = Grader.grade(List.of(new Grader.Answered(1, version.type(), correct, answer)), 1).passed();
        return new PracticeFeedback(versionId, right, List.copyOf(correct), version.explanation(),
                version.legalBasis());
    }

    /** The active practice items of the subject at their current versions. */
    private List<PracticeDraw.Candidate> pool(long subjectId) {
        return entityManager.createQuery("SELECT v.id, v.type FROM Item i, ItemVersion v"
                        + " WHERE v.itemId = i.id AND v.number = i.currentVersion AND i.subjectId = :subject"
                        + " AND i.practice = TRUE AND i.status = :active", Object[].class)
                .setParameter("subject", subjectId).setParameter("active", ItemStatus.ACTIVE)
                .getResultStream()
                .map(row -> new PracticeDraw.Candidate((Long) row[0], (ItemType) row[1]))
                .toList();
    }
}
