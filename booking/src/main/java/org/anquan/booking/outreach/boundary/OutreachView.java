package org.anquan.booking.outreach.boundary;

import org.anquan.booking.outreach.entity.OutreachSetting;
import org.anquan.booking.outreach.entity.OutreachStatus;

import java.time.Instant;

/** An outreach request as its requester and the organiser see it. */
public record OutreachView(long id, long organiserId, String organiserName, OutreachSetting setting,
                           String requesterName, String contactName, String contactPhone, String address,
                           String topic, int audienceSize, Instant preferredFirst, Instant preferredSecond,
                           String note, OutreachStatus status, Instant proposedAt, String answer, Long eventId,
                           Instant createdAt) {
}
