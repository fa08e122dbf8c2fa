package org.anquan.booking.outreach.boundary;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** What a school, community, village, enterprise or family asks of an organiser, with two preferred dates. */
public record OutreachDraft(@NotNull Long organiserId, String setting, String requesterName, String contactName,
                            String contactPhone, String address, String topic, Integer audienceSize,
                            @NotNull Instant preferredFirst, Instant preferredSecond, String note) {
}
