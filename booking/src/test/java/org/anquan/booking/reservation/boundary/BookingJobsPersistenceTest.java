package org.anquan.booking.reservation.boundary;

import org.anquan.booking.reservation.entity.Booking;
import org.anquan.booking.schema.BookingSchema;
import org.anquan.platform.testing.Claimers;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances reminding groups at the same moment: every confirmed group of tomorrow reminded once. */
class BookingJobsPersistenceTest {

    private static PersistenceFixture fixture;

    @BeforeAll
    static void migrate() {
        fixture = PersistenceFixture.migrated(BookingSchema.MODULE, true).withPersistenceUnit("booking");
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Test
    void twoInstancesSideBySideRemindEveryGroupOnce() throws Exception {
        int groups = 131;
        fixture.run(em -> {
            em.createNativeQuery("INSERT INTO booking_slot (id, facility_id, starts_at, ends_at, capacity, held) VALUES "
                    + "(9001, 1, UTC_TIMESTAMP(6) + INTERVAL 20 HOUR, UTC_TIMESTAMP(6) + INTERVAL 21 HOUR, 1000, ?)")
                    .setParameter(1, groups).executeUpdate();
            for (int i = 0; i < groups; i++) {
                em.createNativeQuery("INSERT INTO booking_booking (slot_id, facility_id, account_id, group_name, "
                                + "head_count, purpose, contact_name, contact_phone, status, created_at, ticket) VALUES "
                                + "(9001, 1, ?, '班组', 1, '演练', '联系人', '13900000000', ?, UTC_TIMESTAMP(6), ?)")
                        .setParameter(1, 50_000 + i).setParameter(2, i % 10 == 9 ? "CANCELLED" : "CONFIRMED")
                        .setParameter(3, "BKREMIND" + i).executeUpdate();
            }
        });
        long confirmed = groups - groups / 10;
        List<List<Long>> reminded = Claimers.sideBySide(2, () -> fixture.inTransaction(em -> {
            Instant now = Instant.now();
            List<Long> claimed = BookingJobs.claimReminders(em, now, 20);
            claimed.forEach(id -> em.find(Booking.class, id).remind(now));
            return claimed;
        }));

        assertThat(Claimers.all(reminded)).hasSize((int) confirmed).doesNotHaveDuplicates();
        assertThat(fixture.<Number>inTransaction(em -> (Number) em.createNativeQuery("SELECT COUNT(*) FROM "
                + "booking_booking WHERE slot_id = 9001 AND reminded_at IS NOT NULL").getSingleResult()).longValue())
                .isEqualTo(confirmed);
    }
}
