package org.anquan.booking.report.control;

import org.anquan.booking.report.boundary.BaseReport;
import org.anquan.booking.reservation.entity.BookingStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of a base report, apart from the database. A booking counts as booked while it holds places or
 * held them when the slot began (pending, confirmed, offered, checked in, no-show); cancelled, rejected, expired and
 * waiting bookings do not.
 */
public final class ReportFigures {

    private static final Set<BookingStatus> BOOKED = Set.of(BookingStatus.PENDING, BookingStatus.CONFIRMED,
            BookingStatus.OFFERED, BookingStatus.CHECKED_IN, BookingStatus.NO_SHOW);

    /** A facility with the slots it offered in the period and the places of each. */
    public record Offer(long facilityId, String name, int slotsOffered, int capacity) {
    }

    /** A booking of the period: its facility and slot, people, state, kind of organisation, slot start. */
    public record Row(long facilityId, long slotId, int headCount, BookingStatus status, String kind,
                      Instant slotStartsAt) {
    }

    private ReportFigures() {
    }

    public static BaseReport compute(long baseId, String baseName, java.time.LocalDate from, java.time.LocalDate to,
                                     List<Offer> offers, List<Row> rows, Instant now) {
        List<BaseReport.FacilityUse> uses = new ArrayList<>();
        for (Offer offer : offers) {
            List<Row> booked = rows.stream().filter(row -> row.facilityId() == offer.facilityId()
                    && BOOKED.contains(row.status())).toList();
            Set<Long> slots = new HashSet<>();
            booked.forEach(row -> slots.add(row.slotId()));
            uses.add(new BaseReport.FacilityUse(offer.facilityId(), offer.name(), offer.slotsOffered(), slots.size(),
                    (long) offer.slotsOffered() * offer.capacity(),
                    booked.stream().mapToLong(Row::headCount).sum(), booked.size()));
        }
        int checkedIn = 0;
        int noShow = 0;
        int confirmed = 0;
        Map<String, long[]> kinds = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!BOOKED.contains(row.status())) {
                continue;
            }
            long[] kind = kinds.computeIfAbsent(row.kind() == null ? "OTHER" : row.kind(), k -> new long[2]);
            kind[0]++;
            kind[1] += row.headCount();
            if (row.slotStartsAt().isAfter(now)) {
                continue;
            }
            switch (row.status()) {
                case CHECKED_IN -> checkedIn++;
                case NO_SHOW -> noShow++;
                case CONFIRMED -> confirmed++;
                default -> { }
            }
        }
        List<BaseReport.KindCount> byKind = kinds.entrySet().stream()
                .map(entry -> new BaseReport.KindCount(entry.getKey(), (int) entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparingInt(BaseReport.KindCount::bookings).reversed()
                        .thenComparing(BaseReport.KindCount::kind))
                .toList();
        return new BaseReport(baseId, baseName, from, to, uses, new BaseReport.Attendance(checkedIn, noShow, confirmed),
                byKind);
    }
}
