package org.anquan.exam.attempt.boundary;

import org.anquan.exam.schema.ExamSchema;
import org.anquan.platform.testing.Claimers;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances submitting overdue attempts at the same moment: each attempt graded once, by one of them. */
class DeadlineSubmitterPersistenceTest {

    private static PersistenceFixture fixture;

    @BeforeAll
    static void migrate() {
        fixture = PersistenceFixture.migrated(ExamSchema.MODULE, true).withPersistenceUnit("exam");
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Test
    void twoSubmittersSideBySideGradeEveryOverdueAttemptOnce() throws Exception {
        int attempts = 173;
        fixture.run(em -> {
            em.createNativeQuery("INSERT INTO exam_session (id, subject_id, room_id, starts_at, duration_minutes) "
                    + "VALUES (9001, 1, 1, UTC_TIMESTAMP(6) - INTERVAL 2 HOUR, 90)").executeUpdate();
            for (int i = 0; i < attempts; i++) {
                em.createNativeQuery("INSERT INTO exam_registration (id, session_id, account_id, candidate_name, "
                                + "ticket_number, status, registered_at) VALUES (?, 9001, ?, '考生', ?, 'CHECKED_IN', "
                                + "UTC_TIMESTAMP(6))")
                        .setParameter(1, 90_000 + i).setParameter(2, 70_000 + i).setParameter(3, "DL" + i)
                        .executeUpdate();
                em.createNativeQuery("INSERT INTO exam_attempt (registration_id, session_id, account_id, subject_id, "
                                + "seed, status, started_at, deadline_at) VALUES (?, 9001, ?, 1, 7, 'IN_PROGRESS', "
                                + "UTC_TIMESTAMP(6) - INTERVAL 2 HOUR, UTC_TIMESTAMP(6) - INTERVAL ? SECOND)")
                        .setParameter(1, 90_000 + i).setParameter(2, 70_000 + i).setParameter(3, 1 + i % 30)
                        .executeUpdate();
            }
        });
        List<List<Long>> graded = Claimers.sideBySide(2, () -> fixture.inTransaction(em -> {
            DeadlineSubmitter submitter = new DeadlineSubmitter();
            submitter.entityManager = em;
            submitter.clock = Clock.systemUTC();
            return submitter.submitBatch();
        }));

        assertThat(Claimers.all(graded)).hasSize(attempts).doesNotHaveDuplicates();
        assertThat(fixture.<Number>inTransaction(em -> (Number) em.createNativeQuery("SELECT COUNT(*) FROM exam_attempt "
                + "WHERE session_id = 9001 AND status = 'SUBMITTED' AND submitted_by = 'DEADLINE' "
                + "AND submitted_at = deadline_at").getSingleResult()).intValue()).isEqualTo(attempts);
    }
}
