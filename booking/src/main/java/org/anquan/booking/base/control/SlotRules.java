package org.anquan.booking.base.control;

import org.anquan.booking.base.entity.Closure;
import org.anquan.booking.base.entity.Facility;
import org.anquan.booking.base.entity.OpeningHours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The slots a facility offers: within the base's opening hours of each weekday (China time), one slot after the
 * other with the facility's buffer between them, none in a closure, none sooner than the minimum notice and none
 * further ahead than the facility books.
 */
public final class SlotRules {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A slot's start and end. */
    public record Period(Instant startsAt, Instant endsAt) {
    }

    /** Why a slot cannot be booked; null when it can. */
    public enum Refusal {
        NOT_A_SLOT, CLOSED, TOO_SOON, TOO_FAR
    }

    private SlotRules() {
    }

    /** Every slot of the days from {@code from} to {@code to} (inclusive), bookable or not. */
    public static List<Period> slots(Facility facility, List<OpeningHours> hours, LocalDate from, LocalDate to) {
        Map<Integer, OpeningHours> byWeekday = hours.stream()
                .collect(Collectors.toMap(OpeningHours::weekday, Function.identity()));
        List<Period> slots = new ArrayList<>();
        Duration length = Duration.ofMinutes(facility.slotMinutes());
        Duration step = length.plusMinutes(facility.bufferMinutes());
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            OpeningHours open = byWeekday.get(day.getDayOfWeek().getValue());
            if (open == null) {
                continue;
            }
            ZonedDateTime start = day.atTime(open.opens()).atZone(CHINA);
            ZonedDateTime closes = day.atTime(open.closes()).atZone(CHINA);
            while (!start.plus(length).isAfter(closes)) {
                slots.add(new Period(start.toInstant(), start.plus(length).toInstant()));
                start = start.plus(step);
            }
        }
        return slots;
    }

    /** Why a slot starting at {@code startsAt} cannot be booked now, or null. */
    public static Refusal refusal(Facility facility, List<OpeningHours> hours, List<Closure> closures,
                                  Instant startsAt, Instant now) {
        LocalDate day = startsAt.atZone(CHINA).toLocalDate();
        Period slot = slots(facility, hours, day, day).stream().filter(period -> period.startsAt().equals(startsAt))
                .findFirst().orElse(null);
        if (slot == null) {
            return Refusal.NOT_A_SLOT;
        }
        if (closures.stream().anyMatch(closure -> closure.closes(facility.id(), slot.startsAt(), slot.endsAt()))) {
            return Refusal.CLOSED;
        }
        if (startsAt.isBefore(now.plus(Duration.ofHours(facility.minNoticeHours())))) {
            return Refusal.TOO_SOON;
        }
        LocalDate last = now.atZone(CHINA).toLocalDate().plusDays(facility.maxAheadDays());
        if (day.isAfter(last)) {
            return Refusal.TOO_FAR;
        }
        return null;
    }

    /** The time of day a slot starts, for labels. */
    public static LocalTime timeOfDay(Instant instant) {
        return instant.atZone(CHINA).toLocalTime();
    }
}
