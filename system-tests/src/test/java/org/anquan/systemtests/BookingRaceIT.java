package org.anquan.systemtests;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people asking at once for few places, as on the morning a popular drill slot or event opens: 200 attempts on
 * 20 places, 20 times over, for drill bookings and for event registrations, with groups of one and groups whose
 * sizes do not divide the places. Never one place too many; the outcome is exactly what the attempts would have
 * got one after the other in the order the server took them; the waiting list keeps that order; a cancellation
 * offers the freed places to the first waiting groups, once.
 */
@SystemTest
class BookingRaceIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int ATTEMPTS = 200;
    private static final int CAPACITY = 20;
    private static final int ROUNDS = 20;
    private static final List<Long> ACCOUNTS = new ArrayList<>();
    private static final Map<Long, String> TOKENS = new HashMap<>();
    private static long facilityId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    @BeforeAll
    static void aCrowdAndAFacility() throws Exception {
        facilityId = BookingFixtures.facility("并发测试场地", CAPACITY, 30);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<long[]>> created = new ArrayList<>();
        // mobile numbers: 8,000 confirmation and waiting-list mails would only fill the test's mailbox
        long firstMobile = 19_000_000_000L + (System.nanoTime() / 1000) % 500_000_000L;
        for (int i = 0; i < ATTEMPTS; i++) {
            String login = Long.toString(firstMobile + i);
            String name = "并发" + i;
            created.add(pool.submit(() -> {
                long id = Exams.citizen(login, name);
                synchronized (TOKENS) {
                    TOKENS.put(id, Exams.token(login));
                }
                return new long[]{id};
            }));
        }
        for (Future<long[]> account : created) {
            ACCOUNTS.add(account.get()[0]);
        }
        pool.shutdown();
    }

    @Test
    void twoHundredGroupsRushTwentyPlacesTwentyTimesAndNoPlaceIsOversold() throws Exception {
        Random random = new Random(20261129);
        for (int round = 0; round < ROUNDS; round++) {
            Instant slot = LocalDate.now(CHINA).plusDays(1 + round).atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant();
            int[] heads = new int[ATTEMPTS];
            for (int i = 0; i < ATTEMPTS; i++) {
                heads[i] = round % 2 == 0 ? 1 : 1 + random.nextInt(7);
            }
            List<HttpResponse<String>> responses = rush(i -> Exams.send(TOKENS.get(ACCOUNTS.get(i)), "POST",
                    "api/v1/bookings", "{\"facilityId\":" + facilityId + ",\"startsAt\":\"" + slot + "\",\"headCount\":"
                            + heads[i] + ",\"groupName\":\"演练队 " + i + "\",\"organisationKind\":\"SCHOOL\","
                            + "\"purpose\":\"疏散演练\",\"contactName\":\"联系人\",\"contactPhone\":\"13800000000\"}"));
            assertThat(responses).as("round " + round).allSatisfy(response ->
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201));
            long slotId = Exams.single("SELECT id FROM booking_slot WHERE facility_id = ? AND starts_at = ?", facilityId,
                    Timestamp.from(slot));
            List<Row> rows = rows("SELECT id, head_count, status FROM booking_booking WHERE slot_id = ? ORDER BY id",
                    slotId);
            assertThat(rows).hasSize(ATTEMPTS);
            assertFirstComeFirstServed(rows, "CONFIRMED", Exams.single("SELECT held FROM booking_slot WHERE id = ?", slotId));
            if (round % 2 == 0) {
                assertThat(rows.stream().filter(row -> row.status().equals("CONFIRMED")).count())
                        .as("groups of one fill the places exactly").isEqualTo(CAPACITY);
            }
        }
    }

    @Test
    void twoHundredPeopleRushAnEventSessionOfTwentyPlacesTwentyTimes() throws Exception {
        String organiser = Exams.token("organiser@demo.anquan");
        Random random = new Random(119);
        for (int round = 0; round < ROUNDS; round++) {
            HttpResponse<String> event = Exams.send(organiser, "POST", "api/v1/events",
                    "{\"title\":\"并发报名测试 " + round + "\",\"maxGroup\":5,\"campaignId\":3}");
            assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
            long eventId = Http.object(event).getJsonNumber("id").longValue();
            Instant start = Instant.now().plusSeconds(86_400L * (round + 2));
            HttpResponse<String> withSession = Exams.send(organiser, "POST", "api/v1/events/" + eventId + "/sessions",
                    "{\"venue\":\"测试礼堂\",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusSeconds(7200)
                            + "\",\"capacity\":" + CAPACITY + "}");
            assertThat(withSession.statusCode()).as(withSession.body()).isEqualTo(200);
            long sessionId = Http.object(withSession).getJsonArray("sessions").getJsonObject(0).getJsonNumber("id")
                    .longValue();
            assertThat(Exams.send(organiser, "PUT", "api/v1/events/" + eventId + "/publication", "{\"published\":true}")
                    .statusCode()).isEqualTo(200);
            int[] parties = new int[ATTEMPTS];
            for (int i = 0; i < ATTEMPTS; i++) {
                parties[i] = round % 2 == 0 ? 1 : 1 + random.nextInt(5);
            }
            List<HttpResponse<String>> responses = rush(i -> Exams.send(TOKENS.get(ACCOUNTS.get(i)), "POST",
                    "api/v1/events/sessions/" + sessionId + "/registrations",
                    "{\"name\":\"参加者 " + i + "\",\"partySize\":" + parties[i] + "}"));
            assertThat(responses).as("round " + round).allSatisfy(response ->
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201));
            List<Row> rows = rows("SELECT id, party_size, status FROM booking_registration WHERE session_id = ? "
                    + "ORDER BY id", sessionId);
            assertThat(rows).hasSize(ATTEMPTS);
            assertFirstComeFirstServed(rows, "CONFIRMED",
                    Exams.single("SELECT held FROM booking_event_session WHERE id = ?", sessionId));
            if (round % 2 == 0) {
                assertThat(rows.stream().filter(row -> row.status().equals("CONFIRMED")).count()).isEqualTo(CAPACITY);
            }
        }
        // the database itself keeps one registration per person and session
        long anySession = Exams.single("SELECT MAX(session_id) FROM booking_registration");
        HttpResponse<String> again = Exams.send(TOKENS.get(ACCOUNTS.get(0)), "POST",
                "api/v1/events/sessions/" + anySession + "/registrations", "{\"partySize\":1}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("已报名");
    }

    @Test
    void cancellingAConfirmedBookingOffersItsPlacesToTheFirstWaitingGroupOnce() throws Exception {
        Instant slot = LocalDate.now(CHINA).plusDays(30).atTime(LocalTime.of(15, 0)).atZone(CHINA).toInstant();
        // groups of 4: five are confirmed (20 places), the sixth and seventh wait
        List<Long> bookings = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            HttpResponse<String> booked = Exams.send(TOKENS.get(ACCOUNTS.get(i)), "POST", "api/v1/bookings",
                    "{\"facilityId\":" + facilityId + ",\"startsAt\":\"" + slot + "\",\"headCount\":4,\"groupName\":"
                            + "\"四人组 " + i + "\",\"purpose\":\"灭火演练\",\"contactName\":\"联系人\","
                            + "\"contactPhone\":\"13800000000\"}");
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
            JsonObject view = Http.object(booked);
            bookings.add(view.getJsonNumber("id").longValue());
            assertThat(view.getString("status")).isEqualTo(i < 5 ? "CONFIRMED" : "WAITLISTED");
            if (i >= 5) {
                assertThat(view.getInt("waitingPosition")).isEqualTo(i - 4);
            }
        }
        String owner = TOKENS.get(ACCOUNTS.get(2));
        List<HttpResponse<String>> cancels = rush(2, i -> Exams.send(owner, "DELETE", "api/v1/bookings/" + bookings.get(2),
                null));
        assertThat(cancels.stream().map(HttpResponse::statusCode).sorted().toList())
                .as("the same cancellation twice at once: it happens once").containsExactly(200, 422);
        assertThat(status(bookings.get(5))).isEqualTo("OFFERED");
        assertThat(status(bookings.get(6))).as("four places freed: one group of four moves up").isEqualTo("WAITLISTED");
        assertThat(Exams.single("SELECT held FROM booking_slot WHERE id = (SELECT slot_id FROM booking_booking WHERE id = ?)",
                bookings.get(5))).isEqualTo(CAPACITY);
        // linked into the chain or still waiting for the chainer: counted once either way
        assertThat(Exams.single("SELECT (SELECT COUNT(*) FROM platform_audit_record WHERE action = 'booking.offer' AND "
                        + "target_id = ?) + (SELECT COUNT(*) FROM platform_audit_pending WHERE action = 'booking.offer' AND "
                        + "target_id = ?)", String.valueOf(bookings.get(5)), String.valueOf(bookings.get(5)))).as("offered once").isEqualTo(1);

        HttpResponse<String> confirmed = Exams.send(TOKENS.get(ACCOUNTS.get(5)), "POST",
                "api/v1/bookings/" + bookings.get(5) + "/confirmation", null);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(Http.object(confirmed).getString("status")).isEqualTo("CONFIRMED");
        HttpResponse<String> notMine = Exams.send(TOKENS.get(ACCOUNTS.get(6)), "DELETE",
                "api/v1/bookings/" + bookings.get(5), null);
        assertThat(notMine.statusCode()).as("another group cannot cancel it").isEqualTo(404);
    }

    /** Replays the rows in the order the server stored them: places to those who fit while nobody waits. */
    private static void assertFirstComeFirstServed(List<Row> rows, String holding, long held) {
        long places = 0;
        boolean queue = false;
        List<String> expected = new ArrayList<>();
        for (Row row : rows) {
            if (!queue && places + row.size() <= CAPACITY) {
                places += row.size();
                expected.add(holding);
            } else {
                queue = true;
                expected.add("WAITLISTED");
            }
        }
        assertThat(rows.stream().map(Row::status).toList()).isEqualTo(expected);
        long confirmedPeople = rows.stream().filter(row -> row.status().equals(holding)).mapToLong(Row::size).sum();
        assertThat(confirmedPeople).as("people holding places").isLessThanOrEqualTo(CAPACITY).isEqualTo(held)
                .isEqualTo(places);
    }

    private record Row(long id, int size, String status) {
    }

    private interface Attempt {
        HttpResponse<String> send(int index) throws Exception;
    }

    private static List<HttpResponse<String>> rush(Attempt attempt) throws Exception {
        return rush(ATTEMPTS, attempt);
    }

    /** Sends the attempts from many threads released at the same moment. */
    private static List<HttpResponse<String>> rush(int count, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 64));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            Callable<HttpResponse<String>> call = () -> {
                start.await();
                return attempt.send(index);
            };
            futures.add(pool.submit(call));
        }
        start.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> future : futures) {
            responses.add(future.get());
        }
        pool.shutdown();
        return responses;
    }



    private static String status(long bookingId) {
        return Exams.text("SELECT status FROM booking_booking WHERE id = ?", bookingId);
    }

    private static List<Row> rows(String sql, long parent) {
        List<Row> rows = new ArrayList<>();
        try (Connection db = Exams.database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, parent);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getInt(2), result.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
