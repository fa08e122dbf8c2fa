package org.anquan.exam.attempt.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.paper.control.PaperQuestion;
import org.anquan.platform.error.BusinessException;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One question of an attempt's paper: which version of which item, in which order its options are shown, and the
 * candidate's answer, kept as indexes of the item's own options (so a shuffled display never confuses grading).
 */
@Entity
@Table(name = "exam_attempt_question")
@IdClass(AttemptQuestion.Key.class)
@NamedQuery(name = AttemptQuestion.OF_ATTEMPT,
        query = "SELECT q FROM AttemptQuestion q WHERE q.attemptId = :attempt ORDER BY q.position")
public class AttemptQuestion {

    public static final String OF_ATTEMPT = "AttemptQuestion.ofAttempt";

    public static class Key implements Serializable {
        private long attemptId;
        private int position;

        public Key() {
        }

        public Key(long attemptId, int position) {
            this.attemptId = attemptId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.attemptId == attemptId && key.position == position;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(attemptId) * 31 + position;
        }
    }

    @Id
    @Column(name = "attempt_id")
    private long attemptId;

    @Id
    private int position;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "item_version_id", nullable = false)
    private long itemVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemType type;

    @Column(nullable = false)
    private int points;

    @Column(name = "option_order", nullable = false, length = 40)
    private String optionOrder;

    @Column(length = 40)
    private String answer;

    @Column(nullable = false)
    private boolean flagged;

    @Column(name = "answered_at")
    private Instant answeredAt;

    private Integer earned;

    protected AttemptQuestion() {
    }

    public AttemptQuestion(long attemptId, int position, PaperQuestion question) {
        this.attemptId = attemptId;
        this.position = position;
        this.itemId = question.itemId();
        this.itemVersionId = question.versionId();
        this.type = question.type();
        this.points = question.points();
        this.optionOrder = question.optionOrder().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The item's option indexes in the order the candidate sees them. */
    public List<Integer> optionOrder() {
        return Arrays.stream(optionOrder.split(",")).map(Integer::valueOf).toList();
    }

    /**
     * Records the choices the candidate made, given as positions on their screen (0 = the first option shown);
     * an empty set clears the answer.
     */
    public void answer(Set<Integer> shownPositions, Instant now) {
        List<Integer> order = optionOrder();
        if (shownPositions.stream().anyMatch(shown -> shown == null || shown < 0 || shown >= order.size())) {
            throw new BusinessException("attempt.noSuchOption");
        }
        if (type != ItemType.MULTIPLE_CHOICE && shownPositions.size() > 1) {
            throw new BusinessException("attempt.oneChoiceOnly");
        }
        Set<Integer> own = shownPositions.stream().map(order::get).collect(Collectors.toCollection(TreeSet::new));
        answer = own.isEmpty() ? null : own.stream().map(String::valueOf).collect(Collectors.joining(","));
        answeredAt = now;
    }

    public void flag(boolean flagged) {
        this.flagged = flagged;
    }

    /** The answer as indexes of the item's own options. */
    public Set<Integer> chosen() {
        return answer == null ? Set.of()
                : Arrays.stream(answer.split(",")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The answer as positions on the candidate's screen. */
    public Set<Integer> chosenShown() {
        List<Integer> order = optionOrder();
        return chosen().stream().map(order::indexOf).collect(Collectors.toCollection(TreeSet::new));
    }

    public void grade(int earned) {
        this.earned = earned;
    }

    public boolean answered() { return answer != null; }
    public long attemptId() { return attemptId; }
    public int position() { return position; }
    public long itemId() { return itemId; }
    public long itemVersionId() { return itemVersionId; }
    public ItemType type() { return type; }
    public int points() { return points; }
    public boolean flagged() { return flagged; }
    public Integer earned() { return earned; }
}
