package org.anquan.booking.event;

import org.anquan.booking.event.entity.Campaign;
import org.anquan.booking.event.entity.CampaignKind;
import org.anquan.booking.event.entity.EventSession;
import org.anquan.platform.error.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Check-in at an event's door happens around the session, not months ahead and not after it. */
class EventSessionTest {

    private static final Instant START = Instant.parse("2027-06-18T01:00:00Z");
    private static final EventSession SESSION = new EventSession(1, "礼堂", null, START, START.plus(Duration.ofHours(2)),
            30);

    @Test
    void theDoorOpensTwoHoursBeforeTheStartAndClosesAtTheEnd() {
        assertThatThrownBy(() -> SESSION.requireCheckInOpen(START.minus(Duration.ofDays(180))))
                .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("messageKey",
                        "registration.event.checkInNotYet");
        assertThatCode(() -> SESSION.requireCheckInOpen(START.minus(Duration.ofHours(2)))).doesNotThrowAnyException();
        assertThatCode(() -> SESSION.requireCheckInOpen(START.plus(Duration.ofMinutes(119))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SESSION.requireCheckInOpen(START.plus(Duration.ofHours(2))))
                .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("messageKey",
                        "registration.event.checkInOver");
    }

    @Test
    void aCampaignHoldsItsEventsInsideItsDatesUnlessItSaysWhyNot() {
        Campaign fireMonth = new Campaign("FIRE-MONTH-2026", "2026 年 119 消防宣传月", CampaignKind.FIRE_MONTH,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        // 09:00 on 1 November in China is 01:00 UTC: the campaign's dates are China's
        assertThatCode(() -> fireMonth.requireHolds(Instant.parse("2026-11-01T01:00:00Z"),
                Instant.parse("2026-11-01T03:00:00Z"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> fireMonth.requireHolds(Instant.parse("2026-12-10T01:00:00Z"),
                Instant.parse("2026-12-10T03:00:00Z"))).isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "event.outsideCampaign");
        assertThatThrownBy(() -> fireMonth.requireHolds(Instant.parse("2026-10-31T15:00:00Z"),
                Instant.parse("2026-10-31T17:00:00Z"))).as("23:00 on 31 October, China time")
                .isInstanceOf(BusinessException.class);
    }
}
