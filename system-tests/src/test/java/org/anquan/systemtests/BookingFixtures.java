package org.anquan.systemtests;

/** Bases and facilities made for one test straight in the database, open every day from 08:00 to 18:00. */
final class BookingFixtures {

    private BookingFixtures() {
    }

    /** A new base of the demo base organisation with one facility of hour-long slots bookable at no notice. */
    static long facility(String name, int capacity, int noShowMinutes) {
        String code = "T-" + System.nanoTime() % 100_000_000;
        Exams.update("INSERT INTO booking_training_base (code, name, kind, region, address, daily_capacity, "
                + "organisation_id) VALUES (?, ?, 'DRILL', '太原市', '测试路 1 号', 1000, 3)", code, name + "基地");
        long baseId = Exams.single("SELECT id FROM booking_training_base WHERE code = ?", code);
        for (int weekday = 1; weekday <= 7; weekday++) {
            Exams.update("INSERT INTO booking_opening_hours (base_id, weekday, opens, closes) VALUES (?, ?, '08:00:00', "
                    + "'18:00:00')", baseId, weekday);
        }
        Exams.update("INSERT INTO booking_facility (base_id, name, capacity, slot_minutes, buffer_minutes, "
                + "min_notice_hours, max_ahead_days, auto_approve, cancel_hours, no_show_minutes, offer_hours) "
                + "VALUES (?, ?, ?, 60, 0, 0, 60, TRUE, 0, ?, 24)", baseId, name, capacity, noShowMinutes);
        return Exams.single("SELECT id FROM booking_facility WHERE base_id = ?", baseId);
    }
}
