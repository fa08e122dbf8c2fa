package org.anquan.booking.base;

import jakarta.persistence.PersistenceException;
import org.anquan.booking.base.entity.BaseKind;
import org.anquan.booking.base.entity.TrainingBase;
import org.anquan.booking.schema.BookingSchema;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The booking persistence unit against the migrated schema of a real MariaDB. */
class BookingPersistenceTest {

    private static PersistenceFixture fixture;

    @BeforeAll
    static void migrateAndValidate() {
        fixture = PersistenceFixture.migrated(BookingSchema.MODULE, true).withPersistenceUnit("booking");
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Test
    void listsPublishedBasesDrillBasesFirst() {
        List<TrainingBase> bases = fixture.inTransaction(em ->
                em.createNamedQuery(TrainingBase.PUBLISHED, TrainingBase.class).getResultList());
        assertThat(bases).extracting(TrainingBase::code).doesNotContain("TY-SX-01");
        assertThat(bases).extracting(TrainingBase::kind).containsSubsequence(BaseKind.DRILL, BaseKind.EXPERIENCE);
        assertThat(bases.get(0).kind()).isEqualTo(BaseKind.DRILL);
    }

    @Test
    void databaseRefusesANonPositiveCapacity() {
        assertThatThrownBy(() -> fixture.run(em -> em.createNativeQuery("""
                INSERT INTO booking_training_base (code, name, kind, region, address, daily_capacity)
                VALUES ('X', 'X', 'DRILL', 'X', 'X', 0)""").executeUpdate()))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void entityRefusesANonPositiveCapacity() {
        assertThatThrownBy(() -> new TrainingBase("X", "X", BaseKind.DRILL, "X", "X", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
