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
        assertThat(bases).extracting(TrainingBase::code).doesNotContain("TY-JZ-01");
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

    @Test
    void databaseKeepsOneCountingRegistrationPerPersonAndSessionButLetsCancelledOnesRepeat() {
        fixture.run(em -> {
            em.createNativeQuery("INSERT INTO booking_event (id, organisation_id, title, created_at) "
                    + "VALUES (900, 4, 'T', NOW())").executeUpdate();
            em.createNativeQuery("INSERT INTO booking_event_session (id, event_id, venue, starts_at, ends_at, capacity) "
                    + "VALUES (900, 900, 'V', NOW(), DATE_ADD(NOW(), INTERVAL 1 HOUR), 10)").executeUpdate();
            em.createNativeQuery("INSERT INTO booking_registration (session_id, account_id, name, status, created_at, "
                    + "ticket) VALUES (900, 7, 'A', 'CANCELLED', NOW(), 'T1'), (900, 7, 'A', 'CANCELLED', NOW(), 'T2'), "
                    + "(900, 7, 'A', 'CONFIRMED', NOW(), 'T3')").executeUpdate();
        });
        assertThatThrownBy(() -> fixture.run(em -> em.createNativeQuery("INSERT INTO booking_registration (session_id, "
                + "account_id, name, status, created_at, ticket) VALUES (900, 7, 'A', 'WAITLISTED', NOW(), 'T4')")
                .executeUpdate())).isInstanceOf(PersistenceException.class);
    }

    @Test
    void databaseRefusesMorePlacesHeldThanASlotHas() {
        fixture.run(em -> em.createNativeQuery("INSERT INTO booking_facility (id, base_id, name, capacity) "
                + "VALUES (900, 1, 'F', 20)").executeUpdate());
        assertThatThrownBy(() -> fixture.run(em -> em.createNativeQuery("INSERT INTO booking_slot (facility_id, "
                + "starts_at, ends_at, capacity, held) VALUES (900, NOW(), NOW(), 20, 21)").executeUpdate()))
                .isInstanceOf(PersistenceException.class);
    }
}
