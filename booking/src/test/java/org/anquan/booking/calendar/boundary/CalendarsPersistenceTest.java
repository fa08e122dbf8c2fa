package org.anquan.booking.calendar.boundary;

import org.anquan.booking.calendar.entity.Feed;
import org.anquan.booking.schema.BookingSchema;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The calendars' queries against the migrated schema with the demo data. */
class CalendarsPersistenceTest {

    private static PersistenceFixture fixture;

    @BeforeAll
    static void migrate() {
        fixture = PersistenceFixture.migrated(BookingSchema.MODULE, true).withPersistenceUnit("booking");
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    private static Calendars calendars(jakarta.persistence.EntityManager em) {
        Calendars calendars = new Calendars();
        calendars.entityManager = em;
        calendars.clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        return calendars;
    }

    @Test
    void theCampaignFeedHasThePublishedDemoSessionsOfEachCampaign() {
        List<CalendarItem> all = fixture.<List<CalendarItem>>inTransaction(em -> calendars(em).campaignFeed(null).items());
        assertThat(all).extracting(CalendarItem::eventId).contains(1L, 2L, 3L);
        assertThat(all).allSatisfy(item -> assertThat(item.kind()).isEqualTo(CalendarItem.Kind.SESSION));
        CalendarFeed sanjin = fixture.inTransaction(em -> calendars(em).campaignFeed(3L));
        assertThat(sanjin.items()).extracting(CalendarItem::eventId).containsOnly(1L);
        assertThat(sanjin.name()).contains("三晋安全行");
        Instant june = Instant.parse("2027-06-01T00:00:00Z");
        List<CalendarItem> june2027 = fixture.inTransaction(em -> calendars(em).campaign(june,
                june.plusSeconds(30L * 86_400), 2L));
        assertThat(june2027).extracting(CalendarItem::eventId).containsExactly(2L, 3L);
    }

    @Test
    void aBaseFeedHasItsClosures() {
        long baseId = fixture.inTransaction(em -> em.createQuery("SELECT f.baseId FROM Facility f WHERE f.id = 2",
                Long.class).getSingleResult());
        CalendarFeed feed = fixture.inTransaction(em -> calendars(em).baseFeed(baseId));
        assertThat(feed.items()).anySatisfy(item -> {
            assertThat(item.kind()).isEqualTo(CalendarItem.Kind.CLOSURE);
            assertThat(item.detail()).isEqualTo("高层建筑救援塔");
        });
    }

    @Test
    void aPersonalFeedIsFoundByItsTokenOnly() {
        fixture.run(em -> em.persist(new Feed(424242L, "a".repeat(40))));
        List<CalendarItem> none = fixture.inTransaction(em -> calendars(em).personalFeed("a".repeat(40)).items());
        assertThat(none).isEmpty();
        assertThatThrownBy(() -> fixture.inTransaction(em -> calendars(em).personalFeed("b".repeat(40))))
                .isInstanceOf(UnknownEntityException.class);
    }
}
