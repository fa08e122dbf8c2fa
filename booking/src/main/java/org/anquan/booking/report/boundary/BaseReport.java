package org.anquan.booking.report.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A base's figures for a period (China dates, both inclusive): use of each facility, attendance of the slots that
 * have begun, and bookings by kind of organisation.
 */
public record BaseReport(long baseId, String baseName, LocalDate from, LocalDate to, List<FacilityUse> facilities,
                         Attendance attendance, List<KindCount> kinds) {

    /**
     * A facility's use: slots it offered in the period (open, not closed) and their places, slots with at least one
     * booking, people booked. Utilisation is people booked ÷ places offered.
     */
    public record FacilityUse(long facilityId, String name, int slotsOffered, int slotsBooked, long placesOffered,
                              long peopleBooked, int bookings) {

        public double utilisation() {
            return placesOffered == 0 ? 0 : (double) peopleBooked / placesOffered;
        }
    }

    /** Bookings of slots that have begun: checked in, recorded as no-show, or confirmed and not yet marked. */
    public record Attendance(int checkedIn, int noShow, int confirmed) {

        public int total() {
            return checkedIn + noShow + confirmed;
        }

        public double checkedInRate() {
            return total() == 0 ? 0 : (double) checkedIn / total();
        }

        public double noShowRate() {
            return total() == 0 ? 0 : (double) noShow / total();
        }

        public double confirmedRate() {
            return total() == 0 ? 0 : (double) confirmed / total();
        }
    }

    /** Bookings and people of one kind of organisation (SCHOOL, ENTERPRISE …). */
    public record KindCount(String kind, int bookings, long people) {
    }
}
