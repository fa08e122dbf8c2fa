package org.anquan.systemtests;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking module's timed work, done by the server on its own: an offer of the waiting list that is not
 * confirmed in time passes to the next group, a group that does not come is released after the facility's
 * minutes, and groups get their mails (confirmation, waiting list, offer, reminder before the day).
 */
@SystemTest
class BookingJobsIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration JOB_WAIT = Duration.ofSeconds(75);
    private static long facilityId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    @BeforeAll
    static void aSmallFacility() {
        facilityId = BookingFixtures.facility("四人体验室", 4, 15);
    }

    @Test
    void anOfferNotConfirmedInTimePassesToTheNextGroupAndEveryGroupHearsOfIt() {
        Instant slot = LocalDate.now(CHINA).plusDays(5).atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant();
        Group first = group("甲");
        Group second = group("乙");
        Group third = group("丙");
        long firstBooking = book(first, slot);
        Mailbox.awaitMailTo(first.login(), "演练预约已确认", Duration.ofSeconds(30));
        long secondBooking = book(second, slot);
        long thirdBooking = book(third, slot);
        Mailbox.awaitMailTo(third.login(), "候补名单", Duration.ofSeconds(30));

        assertThat(Exams.send(first.token(), "DELETE", "api/v1/bookings/" + firstBooking, null).statusCode())
                .isEqualTo(200);
        assertThat(status(secondBooking)).isEqualTo("OFFERED");
        Mailbox.awaitMailTo(second.login(), "候补转正", Duration.ofSeconds(30));

        Exams.update("UPDATE booking_booking SET offer_expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), secondBooking);
        awaitStatus(secondBooking, "EXPIRED");
        assertThat(status(thirdBooking)).as("the next group in line gets the places").isEqualTo("OFFERED");
        Mailbox.awaitMailTo(second.login(), "已失效", Duration.ofSeconds(30));
        Mailbox.awaitMailTo(third.login(), "候补转正", Duration.ofSeconds(30));
        HttpResponse<String> late = Exams.send(second.token(), "POST", "api/v1/bookings/" + secondBooking
                + "/confirmation", null);
        assertThat(late.statusCode()).as("an offer that ran out cannot be confirmed").isEqualTo(422);
    }

    @Test
    void aGroupThatDoesNotComeIsReleasedAfterTheFacilitysMinutes() {
        Instant slot = LocalDate.now(CHINA).plusDays(6).atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant();
        long booking = book(group("丁"), slot);
        long slotId = Exams.single("SELECT slot_id FROM booking_booking WHERE id = ?", booking);
        Instant began = Instant.now().minus(Duration.ofMinutes(20));
        Exams.update("UPDATE booking_slot SET starts_at = ?, ends_at = ? WHERE id = ?", java.sql.Timestamp.from(began),
                java.sql.Timestamp.from(began.plus(Duration.ofHours(1))), slotId);
        awaitStatus(booking, "NO_SHOW");
        assertThat(Exams.single("SELECT held FROM booking_slot WHERE id = ?", slotId)).isZero();
    }

    @Test
    void aConfirmedGroupIsRemindedOnceBeforeTheDay() {
        Instant slot = Instant.now().plus(Duration.ofHours(30)).atZone(CHINA).toLocalDate().atTime(LocalTime.of(8, 0))
                .atZone(CHINA).toInstant();
        if (slot.isBefore(Instant.now().plus(Duration.ofHours(1)))) {
            slot = slot.plus(Duration.ofDays(1));
        }
        Group group = group("戊");
        long booking = book(group, slot);
        Mailbox.Mail reminder = Mailbox.awaitMailTo(group.login(), "演练提醒", JOB_WAIT);
        assertThat(reminder.body()).contains("戊").contains("四人体验室");
        assertThat(Exams.single("SELECT COUNT(*) FROM booking_booking WHERE id = ? AND reminded_at IS NOT NULL", booking))
                .isEqualTo(1);
    }

    private record Group(String login, String token, String name) {
    }

    private static Group group(String name) {
        String login = "group-" + System.nanoTime() + "@test.anquan";
        Exams.citizen(login, name);
        return new Group(login, Exams.token(login), name);
    }

    private static long book(Group group, Instant slot) {
        HttpResponse<String> booked = Exams.send(group.token(), "POST", "api/v1/bookings",
                "{\"facilityId\":" + facilityId + ",\"startsAt\":\"" + slot + "\",\"headCount\":4,\"groupName\":\""
                        + group.name() + "\",\"organisationKind\":\"COMMUNITY\",\"purpose\":\"地震避险体验\","
                        + "\"contactName\":\"" + group.name() + "\",\"contactPhone\":\"13900000000\"}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        JsonObject view = Http.object(booked);
        return view.getJsonNumber("id").longValue();
    }

    private static void awaitStatus(long bookingId, String expected) {
        Instant deadline = Instant.now().plus(JOB_WAIT);
        while (Instant.now().isBefore(deadline) && !status(bookingId).equals(expected)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        assertThat(status(bookingId)).as("booking " + bookingId + " after the server's timed work").isEqualTo(expected);
    }

    private static String status(long bookingId) {
        return Exams.text("SELECT status FROM booking_booking WHERE id = ?", bookingId);
    }
}
