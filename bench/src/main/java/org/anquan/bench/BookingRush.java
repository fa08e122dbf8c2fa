package org.anquan.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Booking rush: as many groups of one as attempts, released at the same moment on a slot with fewer places. */
final class BookingRush {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Stack stack;
    private final Report report;
    private final int attempts;
    private final int places;

    BookingRush(Stack stack, Report report, Options options) {
        this.stack = stack;
        this.report = report;
        this.attempts = options.integer("attempts", 1000);
        this.places = options.integer("places", 100);
    }

    void run() throws Exception {
        String name = "booking-rush (" + attempts + " on " + places + ")";
        Instant slot = LocalDate.now(CHINA).plusDays(2).atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant();
        // a server just started runs its first thousand requests of a kind interpreted: a smaller rush on a facility
        // of its own warms the booking path up, as the hours before a real opening would
        int warmUp = Math.max(1, attempts / 5);
        rush(Crowd.create(stack, "rush-warm", warmUp, Duration.ofHours(1)), facility(), slot, new Latencies());
        List<Crowd.Person> people = Crowd.create(stack, "rush", attempts, Duration.ofHours(1));
        long facility = facility();
        Latencies latencies = new Latencies();
        double seconds = rush(people, facility, slot, latencies);
        report.note(name + ": a warm-up rush of " + warmUp + " on a facility of its own ran first (not counted); the "
                + "bench's " + attempts + " clients run on the same two cores as the stack");
        long confirmed;
        long held;
        try (Connection db = stack.db()) {
            long slotId = Stack.single(db, "SELECT id FROM booking_slot WHERE facility_id = ? AND starts_at = ?",
                    facility, Timestamp.from(slot));
            confirmed = Stack.single(db, "SELECT COUNT(*) FROM booking_booking WHERE slot_id = ? AND status = "
                    + "'CONFIRMED'", slotId);
            held = Stack.single(db, "SELECT held FROM booking_slot WHERE id = ?", slotId);
        }
        report.add(name, "confirmed (places held)", confirmed + " (" + held + ")", "exactly " + places,
                confirmed == places && held == places);
        report.add(name, "bookings/s (all " + attempts + " answered in " + String.format(java.util.Locale.ROOT,
                "%.1f s", seconds) + ")", Report.number(attempts / seconds, "/s"), "≥ 300/s", attempts / seconds >= 300);
        report.add(name, "latency p50 / p95", Report.ms(latencies.percentile(50)) + " / "
                + Report.ms(latencies.percentile(95)), null, null);
        report.add(name, "errors", latencies.errors() + (latencies.errors() > 0 ? " (first: "
                + Stack.abbreviate(latencies.firstError()) + ")" : ""), "0", latencies.errors() == 0);
    }

    /** Every person tries to book one place of the slot at the same moment; returns the seconds until all answered. */
    private double rush(List<Crowd.Person> people, long facility, Instant slot, Latencies latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        CountDownLatch ready = new CountDownLatch(people.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Crowd.Person person = people.get(i);
            int index = i;
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                long t = System.nanoTime();
                try {
                    HttpResponse<String> booked = stack.call(person.token(), null, "POST", "api/v1/bookings",
                            "{\"facilityId\":" + facility + ",\"startsAt\":\"" + slot + "\",\"headCount\":1,"
                                    + "\"groupName\":\"演练队 " + index + "\",\"organisationKind\":\"SCHOOL\","
                                    + "\"purpose\":\"疏散演练\",\"contactName\":\"联系人\",\"contactPhone\":\"13800000000\"}");
                    if (booked.statusCode() == 201) {
                        latencies.record(System.nanoTime() - t);
                    } else {
                        latencies.error("booking " + booked.statusCode() + " " + Stack.abbreviate(booked.body()));
                    }
                } catch (RuntimeException e) {
                    latencies.error("booking " + e);
                }
                return null;
            }));
        }
        ready.await();
        long begin = System.nanoTime();
        go.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return (System.nanoTime() - begin) / 1e9;
    }

    /** A base of the demo base organisation with one facility, open every day, bookable at no notice. */
    private long facility() throws Exception {
        return facility(stack, places);
    }

    /** A new facility with the given places, open every day from 08:00 to 18:00, bookable at no notice. */
    static long facility(Stack stack, int places) throws Exception {
        String code = "B-" + System.nanoTime() % 100_000_000;
        try (Connection db = stack.db()) {
            update(db, "INSERT INTO booking_training_base (code, name, kind, region, address, daily_capacity, "
                    + "organisation_id) VALUES (?, ?, 'DRILL', '太原市', '压测路 1 号', 100000, 3)", code, "压测基地 " + code);
            long baseId = Stack.single(db, "SELECT id FROM booking_training_base WHERE code = ?", code);
            for (int weekday = 1; weekday <= 7; weekday++) {
                update(db, "INSERT INTO booking_opening_hours (base_id, weekday, opens, closes) VALUES (?, ?, "
                        + "'08:00:00', '18:00:00')", baseId, weekday);
            }
            update(db, "INSERT INTO booking_facility (base_id, name, capacity, slot_minutes, buffer_minutes, "
                    + "min_notice_hours, max_ahead_days, auto_approve, cancel_hours, no_show_minutes, offer_hours) "
                    + "VALUES (?, '压测场地', ?, 60, 0, 0, 60, TRUE, 0, 30, 24)", baseId, places);
            return Stack.single(db, "SELECT id FROM booking_facility WHERE base_id = ?", baseId);
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
