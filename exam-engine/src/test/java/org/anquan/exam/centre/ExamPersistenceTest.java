package org.anquan.exam.centre;

import jakarta.persistence.PersistenceException;
import org.anquan.exam.centre.entity.ExamCentre;
import org.anquan.exam.schema.ExamSchema;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exam persistence unit against the migrated schema of a real MariaDB. */
class ExamPersistenceTest {

    private static PersistenceFixture fixture;

    @BeforeAll
    static void migrateAndValidate() {
        fixture = PersistenceFixture.migrated(ExamSchema.MODULE, true).withPersistenceUnit("exam");
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Test
    void listsOnlyActiveCentresByCity() {
        List<ExamCentre> centres = fixture.inTransaction(em ->
                em.createNamedQuery(ExamCentre.ACTIVE_BY_CITY, ExamCentre.class).getResultList());
        assertThat(centres).extracting(ExamCentre::code).doesNotContain("KD-JC-01").contains("KD-TY-01", "KD-DT-01");
        assertThat(centres).allMatch(ExamCentre::active);
        assertThat(centres).extracting(ExamCentre::city).isSorted();
    }

    @Test
    void centreCodesAreUnique() {
        assertThatThrownBy(() -> fixture.run(em -> {
            em.persist(new ExamCentre("KD-TY-01", "重复考点", "太原市", "某地", 10));
            em.flush();
        })).isInstanceOf(PersistenceException.class);
    }

    @Test
    void refusesNegativeSeatCounts() {
        assertThatThrownBy(() -> new ExamCentre("X", "X", "X", "X", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
