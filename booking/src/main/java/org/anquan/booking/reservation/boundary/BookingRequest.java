package org.anquan.booking.reservation.boundary;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/**
 * What a group asks for: a facility's slot, how many people, for which drill, who to call. The organisation kind
 * (ENTERPRISE, SCHOOL, RESCUE_TEAM, VOLUNTEER_TEAM, COMMUNITY, OTHER) feeds the reports; participants are optional,
 * one name per line.
 */
public record BookingRequest(@NotNull Long facilityId, @NotNull Instant startsAt, @NotNull Integer headCount,
                             String groupName, String organisationKind, String purpose, String contactName,
                             String contactPhone, String participants) {
}
