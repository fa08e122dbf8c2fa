package org.anquan.booking.base.boundary;

import org.anquan.platform.error.BusinessException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits of a facility's rules that base staff may set. */
class BaseAdministrationTest {

    private static BaseDetail.FacilityView settings(int capacity, int slotMinutes, Integer quota) {
        return new BaseDetail.FacilityView(1, "消防灭火训练场", null, capacity, slotMinutes, 30, 48, 90, false, 48, 30, 24,
                quota, true);
    }

    @Test
    void acceptsSensibleRules() {
        assertThatCode(() -> BaseAdministration.check(settings(60, 180, null))).doesNotThrowAnyException();
        assertThatCode(() -> BaseAdministration.check(settings(1, 15, 4))).doesNotThrowAnyException();
    }

    @Test
    void refusesTheFirstValueOutOfItsLimitsNamingThem() {
        assertThatThrownBy(() -> BaseAdministration.check(settings(0, 180, null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo("base.facility.range.capacity");
                    org.assertj.core.api.Assertions.assertThat(e.arguments()).containsExactly(1, 10_000);
                });
        assertThatThrownBy(() -> BaseAdministration.check(settings(60, 10, null)))
                .hasFieldOrPropertyWithValue("messageKey", "base.facility.range.slotMinutes");
        assertThatThrownBy(() -> BaseAdministration.check(settings(60, 180, 0)))
                .hasFieldOrPropertyWithValue("messageKey", "base.facility.range.monthlyQuota");
    }
}
