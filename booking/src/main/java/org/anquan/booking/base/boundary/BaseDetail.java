package org.anquan.booking.base.boundary;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** A base with what a group needs before booking: safety requirements, facilities, opening hours, closures. */
public record BaseDetail(TrainingBaseView base, Long organisationId, Integer minAge, String protectiveEquipment,
                         boolean fitnessDeclaration, List<FacilityView> facilities, List<Hours> openingHours,
                         List<ClosureView> closures, List<PhotoView> photos) {

    /** A photo of the base: its id (for the picture's address) and caption (its alternative text). */
    public record PhotoView(long id, String caption) {
    }

    /** A facility and its rules. */
    public record FacilityView(long id, String name, String features, int capacity, int slotMinutes,
                               int bufferMinutes, int minNoticeHours, int maxAheadDays, boolean autoApprove,
                               int cancelHours, int noShowMinutes, int offerHours, Integer monthlyQuota,
                               boolean active) {
    }

    /** Opening hours of a weekday (1 Monday … 7 Sunday), China time. */
    public record Hours(int weekday, LocalTime opens, LocalTime closes) {
    }

    /** A holiday or maintenance period (facilityId null: the whole base). */
    public record ClosureView(long id, Long facilityId, Instant startsAt, Instant endsAt, String reason) {
    }
}
