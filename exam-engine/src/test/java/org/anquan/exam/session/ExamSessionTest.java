package org.anquan.exam.session;

import org.anquan.exam.session.entity.ExamSession;
import org.anquan.platform.error.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of time of a session: one start and one end for the whole room. */
class ExamSessionTest {

    private static final Instant START = Instant.parse("2027-03-01T01:00:00Z");

    private static ExamSession session() {
        return new ExamSession(1, 1, START, 90);
    }

    private static String refusal(Runnable rule) {
        try {
            rule.run();
        } catch (BusinessException e) {
            return e.messageKey();
        }
        return null;
    }

    @Test
    void nobodyStartsBeforeTheStartAndEntryClosesAQuarterOfAnHourAfterIt() {
        ExamSession session = session();
        assertThat(refusal(() -> session.requireStartable(START.minusSeconds(1)))).isEqualTo("attempt.tooEarly");
        assertThatCode(() -> session.requireStartable(START)).doesNotThrowAnyException();
        assertThatCode(() -> session.requireStartable(START.plus(Duration.ofMinutes(14)))).doesNotThrowAnyException();
        assertThat(refusal(() -> session.requireStartable(START.plus(Duration.ofMinutes(15)))))
                .isEqualTo("attempt.entryClosed");
        assertThat(refusal(() -> session.requireStartable(START.plus(Duration.ofMinutes(90)))))
                .isEqualTo("attempt.sessionOver");
    }

    @Test
    void everyoneSharesTheCommonEndWhichMovesOnlyForTheWholeRoom() {
        ExamSession session = session();
        assertThat(session.endsAt()).isEqualTo(START.plus(Duration.ofMinutes(90)));
        session.extend(Duration.ofMinutes(7));
        assertThat(session.endsAt()).isEqualTo(START.plus(Duration.ofMinutes(97)));
    }

    @Test
    void aPausedSessionAdmitsNoNewStart() {
        ExamSession session = session();
        session.pause(START.plusSeconds(60));
        assertThat(refusal(() -> session.requireStartable(START.plusSeconds(120)))).isEqualTo("attempt.paused");
        assertThat(session.resume(START.plusSeconds(300))).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void checkInOpensAnHourBeforeTheStartAndClosesWithEntry() {
        ExamSession session = session();
        assertThat(refusal(() -> session.requireCheckInOpen(START.minus(Duration.ofHours(11)))))
                .isEqualTo("checkIn.notYet");
        assertThatCode(() -> session.requireCheckInOpen(START.minus(Duration.ofMinutes(60))))
                .doesNotThrowAnyException();
        assertThatCode(() -> session.requireCheckInOpen(START.plus(Duration.ofMinutes(10))))
                .doesNotThrowAnyException();
        assertThat(refusal(() -> session.requireCheckInOpen(START.plus(Duration.ofMinutes(15)))))
                .isEqualTo("checkIn.entryClosed");
    }

    @Test
    void resultsWaitForTheEndOfTheSession() {
        ExamSession session = session();
        assertThat(refusal(() -> session.requireEnded(START.minus(Duration.ofDays(1))))).isEqualTo("session.notEnded");
        assertThat(refusal(() -> session.requireEnded(START.plus(Duration.ofMinutes(89))))).isEqualTo("session.notEnded");
        assertThatCode(() -> session.requireEnded(START.plus(Duration.ofMinutes(90)))).doesNotThrowAnyException();
        session.extend(Duration.ofMinutes(5));
        assertThatThrownBy(() -> session.requireEnded(START.plus(Duration.ofMinutes(94))))
                .isInstanceOf(BusinessException.class);
    }
}
