package org.anquan.systemtests;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendars: ICS feeds fetched over HTTP and parsed back with ical4j (a base's booked slots without who booked,
 * the campaign sessions, a person's own bookings behind a secret address that renewing retires), the month view
 * of the campaign calendar in a browser, and the base report for base staff only.
 */
@SystemTest
class CalendarIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** 地震体验屋 of TY-TY-01: 30-minute slots from 09:00 every 40 minutes (09:00, 09:40, 10:20, 11:00 …). */
    private static final long FACILITY = 4;
    private static final LocalTime SLOT_TIME = LocalTime.of(11, 0);
    private final List<WebDriver> browsers = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void aBookingShowsInTheBaseFeedWithoutItsGroupAndInTheOwnFeedWithIt() throws Exception {
        String login = "calendar-" + System.nanoTime() + "@test.anquan";
        Exams.citizen(login, "日历测试人");
        String token = Exams.token(login);
        String group = "日历测试班 " + System.nanoTime() % 100_000;
        Instant slot = nextOpenDay().atTime(SLOT_TIME).atZone(CHINA).toInstant();
        HttpResponse<String> booked = Exams.send(token, "POST", "api/v1/bookings", "{\"facilityId\":" + FACILITY
                + ",\"startsAt\":\"" + slot + "\",\"headCount\":5,\"groupName\":\"" + group + "\","
                + "\"organisationKind\":\"SCHOOL\",\"purpose\":\"地震避险体验\",\"contactName\":\"王老师\","
                + "\"contactPhone\":\"13800000000\"}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(Http.object(booked).getString("status")).as("auto-approved").isEqualTo("CONFIRMED");
        long bookingId = Http.object(booked).getJsonNumber("id").longValue();

        long baseId = single("SELECT base_id FROM booking_facility WHERE id = ?", FACILITY);
        HttpResponse<String> baseFeed = Http.get("calendar/base/" + baseId + ".ics");
        assertThat(baseFeed.statusCode()).isEqualTo(200);
        assertThat(baseFeed.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/calendar").containsIgnoringCase("charset=UTF-8"));
        assertThat(baseFeed.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains(".ics"));
        assertThat(baseFeed.body()).as("public: no group names").doesNotContain(group)
                .contains("X-WR-TIMEZONE:Asia/Shanghai");
        VEvent busy = at(parse(baseFeed), slot).orElseThrow(() -> new AssertionError(baseFeed.body()));
        ZonedDateTime start = start(busy);
        assertThat(start.withZoneSameInstant(CHINA).toLocalTime()).isEqualTo(SLOT_TIME);
        assertThat(start.toInstant().atOffset(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
        assertThat(busy.getDateTimeStart().getValue()).as("written in UTC").endsWith("T030000Z");
        assertThat(busy.getSummary().getValue()).contains("地震体验屋").contains("5/20");
        assertThat(busy.getUid()).hasValueSatisfying(uid -> assertThat(uid.getValue()).endsWith("@anquan"));
        assertThat(busy.getStatus().getValue()).isEqualTo("CONFIRMED");

        WebDriver browser = Browsers.signedIn(login, browsers);
        try {
            Browsers.open(browser, "calendar/subscribe.xhtml");
            String address = browser.findElement(By.id("ics-address")).getText().strip();
            assertThat(address).contains("/calendar/feed/").contains(".ics");
            HttpResponse<String> mine = fetch(address);
            assertThat(mine.statusCode()).isEqualTo(200);
            assertThat(mine.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                    assertThat(cache).contains("no-store"));
            VEvent own = at(parse(mine), slot).orElseThrow(() -> new AssertionError(mine.body()));
            assertThat(own.getSummary().getValue()).contains(group);
            assertThat(own.getUid()).hasValueSatisfying(uid ->
                    assertThat(uid.getValue()).isEqualTo("booking-" + bookingId + "@anquan"));
            assertThat(start(own).withZoneSameInstant(CHINA).toLocalTime()).isEqualTo(SLOT_TIME);

            assertThat(fetch(address.replaceAll("/feed/[0-9a-f]+\\.ics", "/feed/" + "0".repeat(40) + ".ics"))
                    .statusCode()).as("a wrong token").isEqualTo(404);
            assertThat(fetch(address.replaceAll("/feed/[0-9a-f]+\\.ics", "/feed/nonsense.ics")).statusCode())
                    .isEqualTo(404);

            Browsers.clickSettled(browser, By.id("subscription:renew"));
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                    !driver.findElement(By.id("ics-address")).getText().strip().equals(address));
            String renewed = browser.findElement(By.id("ics-address")).getText().strip();
            assertThat(fetch(address).statusCode()).as("the old address after renewing").isEqualTo(404);
            assertThat(fetch(renewed).statusCode()).isEqualTo(200);
            assertThat(fetch(renewed).body()).contains(group);
        } catch (RuntimeException | AssertionError e) {
            Browsers.keepPages("calendar-feed", browsers);
            throw e;
        }
    }

    @Test
    void theCampaignFeedHasThePublishedSessionsAtTheirChinaTimes() throws Exception {
        HttpResponse<String> feed = Http.get("calendar/campaigns.ics?lang=en");
        assertThat(feed.statusCode()).isEqualTo(200);
        Calendar calendar = parse(feed);
        // demo event 2: 2027-06-10 14:00 China time; event 3: 2027-06-16 09:00
        Instant lecture = ZonedDateTime.of(2027, 6, 10, 14, 0, 0, 0, CHINA).toInstant();
        Instant openDay = ZonedDateTime.of(2027, 6, 16, 9, 0, 0, 0, CHINA).toInstant();
        VEvent first = at(calendar, lecture).orElseThrow(() -> new AssertionError(feed.body()));
        assertThat(first.getSummary().getValue()).contains("企业主要负责人的法定职责");
        assertThat(first.getLocation().getValue()).contains("省安全生产宣传教育中心报告厅");
        assertThat(start(first).withZoneSameInstant(CHINA).toLocalTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(start(first).toInstant()).isEqualTo(Instant.parse("2027-06-10T06:00:00Z"));
        assertThat(at(calendar, openDay)).isPresent();
        Instant communityDay = single("SELECT MIN(starts_at) FROM booking_event_session WHERE event_id = 1");
        assertThat(at(calendar, communityDay)).as("demo event 1").isPresent();

        // demo event 1 belongs to campaign 3 (三晋安全行, always running on a new demo database)
        HttpResponse<String> sanjin = Http.get("calendar/campaigns/3.ics");
        assertThat(sanjin.statusCode()).isEqualTo(200);
        assertThat(at(parse(sanjin), lecture)).as("event 2 belongs to campaign 2").isEmpty();
        assertThat(at(parse(sanjin), communityDay)).isPresent();
        assertThat(Http.get("calendar/campaigns/999999.ics").statusCode()).isEqualTo(404);
        assertThat(Http.get("calendar/base/999999.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void theCampaignCalendarShowsADemoEventInTheMonthView() {
        Instant communityDay = single("SELECT MIN(starts_at) FROM booking_event_session WHERE event_id = 1");
        WebDriver browser = Browsers.chromium();
        browsers.add(browser);
        try {
            Browsers.open(browser, "calendar/?date=" + communityDay.atZone(CHINA).toLocalDate());
            // FullCalendar renders the sessions it loaded by ajax: scripts and ajax work under the content security policy
            Browsers.awaitText(browser, By.id("calendar:schedule"), "社区消防开放日");
            assertThat(browser.findElement(By.id("ics-download")).getAttribute("href")).contains("/calendar/campaigns.ics");
        } catch (RuntimeException | AssertionError e) {
            Browsers.keepPages("calendar-month", browsers);
            throw e;
        }
    }

    @Test
    void theBaseReportIsForBaseStaffOnly() {
        WebDriver staff = Browsers.signedIn("base-admin@demo.anquan", browsers);
        WebDriver citizen = Browsers.signedIn("citizen@demo.anquan", browsers);
        try {
            Browsers.open(staff, "base-admin/reports.xhtml");
            assertThat(staff.findElement(By.id("utilisation-table")).getText()).contains("消防灭火训练场");
            assertThat(staff.findElements(By.cssSelector("#utilisation-chart canvas, canvas#utilisation-chart")))
                    .isNotEmpty();
            assertThat(staff.findElement(By.id("attendance-table")).getText()).contains("爽约");
            assertThat(staff.findElements(By.id("kinds-table"))).isNotEmpty();

            Browsers.open(citizen, "base-admin/reports.xhtml");
            assertThat(citizen.findElements(By.id("utilisation-table"))).isEmpty();
            assertThat(citizen.findElements(By.id("attendance-table"))).isEmpty();
            assertThat(Http.get("base-admin/reports.xhtml").statusCode()).as("anonymous").isEqualTo(302);
        } catch (RuntimeException | AssertionError e) {
            Browsers.keepPages("calendar-report", browsers);
            throw e;
        }
    }

    /** The first day at least two days ahead that TY-TY-01 is open (closed on Mondays). */
    private static LocalDate nextOpenDay() {
        LocalDate day = LocalDate.now(CHINA).plusDays(2);
        while (day.getDayOfWeek() == DayOfWeek.MONDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static HttpResponse<String> fetch(String address) {
        return Http.send(HttpRequest.newBuilder(URI.create(address)).GET());
    }

    private static Calendar parse(HttpResponse<String> response) throws Exception {
        return new CalendarBuilder().build(new StringReader(response.body()));
    }

    private static Optional<VEvent> at(Calendar calendar, Instant start) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> start(event).toInstant().equals(start)).findFirst();
    }

    private static ZonedDateTime start(VEvent event) {
        return ZonedDateTime.from(event.getDateTimeStart().getDate());
    }

    @SuppressWarnings("unchecked")
    private static <T> T single(String sql, Object... parameters) {
        try (Connection db = Exams.database(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                Object value = result.getObject(1);
                if (value instanceof Timestamp timestamp) {
                    return (T) timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
                }
                if (value instanceof java.time.LocalDateTime local) {
                    return (T) local.toInstant(ZoneOffset.UTC);
                }
                return (T) value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
