package org.anquan.systemtests;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaign events in real browsers: a citizen registers for a 安全生产月 event with a party and the event's questions,
 * gets the QR ticket and is checked in by the organiser at the door; a school's 五进 request becomes an event; and an
 * organiser of another organisation can neither check in nor see the registrations of someone else's event.
 */
@SystemTest
class EventBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long SAFETY_MONTH_2027 = 2;
    private static final long DEMO_ORGANISER = 4;
    private final List<WebDriver> browsers = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void aCitizenRegistersForASafetyMonthEventGetsTheQrTicketAndIsCheckedIn() {
        try {
            registrationJourney();
        } catch (RuntimeException | AssertionError e) {
            Browsers.keepPages("event-registration", browsers);
            throw e;
        }
    }

    @Test
    void anOutreachRequestOfASchoolBecomesAnEvent() {
        try {
            outreachJourney();
        } catch (RuntimeException | AssertionError e) {
            Browsers.keepPages("event-outreach", browsers);
            throw e;
        }
    }

    private void registrationJourney() {
        String title = "安全生产月企业开放日 " + System.nanoTime() % 100000;
        String organiser = Exams.token("organiser@demo.anquan");
        JsonObject event = publishedEvent(organiser, title, "所在单位*\\n是否需要讲解器", 3);
        long eventId = event.getJsonNumber("id").longValue();
        long sessionId = event.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        String login = "event-" + System.nanoTime() + "@test.anquan";
        Exams.citizen(login, "吴活动");

        // anonymous: the campaign's events, the event, and signing in on the way to its form
        WebDriver browser = Browsers.chromium();
        browsers.add(browser);
        Browsers.open(browser, "events/?campaign=" + SAFETY_MONTH_2027);
        assertThat(browser.findElement(By.id("main")).getText()).contains("2027 年安全生产月").contains(title)
                .doesNotContain("社区消防开放日");
        Browsers.clickAndWait(browser, By.linkText(title));
        Browsers.clickAndWait(browser, By.id("sign-in-to-register"));
        Browsers.awaitUrl(browser, "login.xhtml");
        browser.findElement(By.id("login:name")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys(SecurityIT.DEMO_PASSWORD);
        Browsers.clickAndWait(browser, By.id("login:submit"));
        Browsers.awaitUrl(browser, "events/event.xhtml?id=" + eventId);
        assertThat(browser.findElement(By.id("register:name")).getAttribute("value")).isEqualTo("吴活动");

        // a party of two; the required question unanswered is refused at the field
        new Select(browser.findElement(By.id("register:party"))).selectByValue("2");
        browser.findElement(By.id("register:companions")).sendKeys("吴小明");
        Browsers.clickAndWait(browser, By.id("register:submit"));
        assertThat(browser.findElement(By.id("register")).getText()).contains("请回答此问题");
        browser.findElement(By.id("register:questions:0:answer")).sendKeys("晋阳化工有限公司");
        Browsers.clickAndWait(browser, By.id("register:submit"));
        Browsers.awaitUrl(browser, "registration=");
        assertThat(browser.findElement(By.id("registration-result")).getText()).contains("报名成功");
        assertThat(browser.findElements(By.id("register"))).as("the ticket, not the form again").isEmpty();
        String ticket = browser.findElement(By.id("ticket-code")).getText().strip();
        assertThat(ticket).startsWith("EV");

        Browsers.clickAndWait(browser, By.id("to-my-events"));
        Browsers.awaitUrl(browser, "events/mine.xhtml");
        By row = By.xpath("//tr[.//span[@class='ticket-number' and normalize-space()='" + ticket + "']]");
        assertThat(browser.findElement(row).getText()).contains(title).contains("报名成功");
        new WebDriverWait(browser, WAIT).until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const img = arguments[0].querySelector('img.ticket-qr'); return img.complete && img.naturalWidth > 0;",
                driver.findElement(row)));

        // the organiser at the door: the scanner types the code and Enter; months before the session the door is shut
        WebDriver door = Browsers.signedIn("organiser@demo.anquan", browsers);
        Browsers.open(door, "organiser/checkin.xhtml");
        scan(door, ticket);
        assertThat(door.findElement(By.id("checkin:ticket-message")).getText()).contains("签到尚未开始");
        assertThat(door.findElements(By.id("checked-in"))).isEmpty();
        sessionStartsSoon(sessionId);
        scan(door, ticket.toLowerCase(java.util.Locale.ROOT));
        assertThat(door.findElement(By.id("checked-in-name")).getText()).isEqualTo("吴活动");
        assertThat(door.findElement(By.id("checked-in-party")).getText()).isEqualTo("2");
        assertThat(door.findElement(By.id("checked-in-event")).getText()).isEqualTo(title);
        assertThat(door.findElement(By.id("checkin:messages")).getText()).contains("签到成功");
        scan(door, ticket);
        assertThat(door.findElement(By.id("checkin:ticket-message")).getText()).contains("已签到");
        assertThat(door.findElements(By.id("checked-in"))).isEmpty();
        scan(door, "EVNOSUCHTICKET");
        assertThat(door.findElement(By.id("checkin:ticket-message")).getText()).contains("没有电子票号");

        browser.navigate().refresh();
        assertThat(browser.findElement(row).getText()).contains("已签到");

        // the session's list in arrival order, with the answers, and its CSV
        Browsers.open(door, "organiser/registrations.xhtml?event=" + eventId + "&session=" + sessionId);
        assertThat(door.findElement(By.id("registrations")).getText()).contains("吴活动").contains("晋阳化工有限公司")
                .contains("吴小明").contains("已签到");
        HttpResponse<byte[]> csv = Browsers.fetch(door, door.findElement(By.id("csv")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains(ticket).contains("吴活动")
                .contains("晋阳化工有限公司");
        // the organiser sees the ticket QR code too
        assertThat(Browsers.fetch(door, RunningStack.base().resolve("events/qr?id=" + registrationId(browser, row))
                .toString()).statusCode()).isEqualTo(200);
    }

    private void outreachJourney() {
        String school = "小店区实验小学" + System.nanoTime() % 100000;
        String login = "school-" + System.nanoTime() + "@test.anquan";
        Exams.citizen(login, "王老师");
        WebDriver requester = Browsers.signedIn(login, browsers);
        Browsers.open(requester, "outreach/");
        new Select(requester.findElement(By.id("request:organiser"))).selectByValue(String.valueOf(DEMO_ORGANISER));
        new Select(requester.findElement(By.id("request:setting"))).selectByValue("SCHOOL");
        requester.findElement(By.id("request:requesterName")).sendKeys(school);
        requester.findElement(By.id("request:contactName")).sendKeys("王老师");
        requester.findElement(By.id("request:contactPhone")).sendKeys("0351-7028 6666");
        requester.findElement(By.id("request:address")).sendKeys("小店区长风街 100 号");
        requester.findElement(By.id("request:topic")).sendKeys("校园消防安全与疏散演练");
        requester.findElement(By.id("request:audienceSize")).sendKeys("300");
        setValue(requester, "request:preferredFirst", "2027-05-20T14:00");
        setValue(requester, "request:preferredSecond", "2027-05-27T14:00");
        requester.findElement(By.id("request:note")).sendKeys("希望包含灭火器实操");
        Browsers.clickAndWait(requester, By.id("request:submit"));
        Browsers.awaitText(requester, By.id("messages"), "申请已提交");
        By mine = By.xpath("//tr[contains(., '" + school + "')]");
        assertThat(requester.findElement(mine).getText()).contains("待答复").contains("2027-05-20 14:00");

        WebDriver organiser = Browsers.signedIn("organiser@demo.anquan", browsers);
        Browsers.open(organiser, "organiser/outreach.xhtml");
        Browsers.clickAndWait(organiser, By.xpath("//tr[contains(., '" + school + "')]//input[contains(@class,'choose-request')]"));
        assertThat(organiser.findElement(By.id("answer-title")).getText()).contains(school);
        assertThat(organiser.findElement(By.xpath("//input[@name='answer:date' and @value='FIRST']")).isSelected()).isTrue();
        organiser.findElement(By.id("answer:message")).sendKeys("欢迎，届时由消防宣传员到校讲解。");
        Browsers.clickAndWait(organiser, By.id("answer:accept"));
        Browsers.awaitText(organiser, By.id("received:messages"), "已接受申请");
        assertThat(organiser.findElement(By.xpath("//tr[contains(., '" + school + "')]")).getText()).contains("已接受");

        WebDriver visitor = Browsers.chromium();
        browsers.add(visitor);
        Browsers.open(visitor, "events/");
        assertThat(visitor.findElement(By.id("main")).getText()).contains("校园消防安全与疏散演练 · " + school);

        requester.navigate().refresh();
        assertThat(requester.findElement(mine).getText()).contains("已接受").contains("届时由消防宣传员到校讲解");
        Browsers.clickAndWait(requester, By.xpath("//tr[contains(., '" + school + "')]//a[contains(@class,'outreach-event')]"));
        Browsers.awaitUrl(requester, "events/event.xhtml");
        assertThat(requester.findElement(By.id("event-title")).getText()).contains(school);
        assertThat(requester.findElement(By.id("sessions")).getText()).contains("2027-05-20 14:00").contains(school);
    }

    @Test
    void anOrganiserOfAnotherOrganisationCanNeitherCheckInNorSeeTheRegistrations() {
        String organiser = Exams.token("organiser@demo.anquan");
        JsonObject event = publishedEvent(organiser, "安全生产月咨询日 " + System.nanoTime() % 100000, null, 1);
        long sessionId = event.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        String citizen = "event-" + System.nanoTime() + "@test.anquan";
        Exams.citizen(citizen, "郑报名");
        HttpResponse<String> registered = Exams.send(Exams.token(citizen), "POST",
                "api/v1/events/sessions/" + sessionId + "/registrations", "{\"partySize\":1}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonObject registration = Http.object(registered);
        String ticket = registration.getString("ticket");
        long registrationId = registration.getJsonNumber("id").longValue();

        String stranger = Exams.token(otherOrganiser());
        assertThat(Exams.send(stranger, "POST", "api/v1/events/check-ins", "{\"ticket\":\"" + ticket + "\"}")
                .statusCode()).isIn(403, 404);
        assertThat(Exams.send(stranger, "GET", "api/v1/events/sessions/" + sessionId + "/registrations", null)
                .statusCode()).isIn(403, 404);
        assertThat(Exams.send(stranger, "GET", "api/v1/events/registrations/" + registrationId, null).statusCode())
                .isIn(403, 404);
        // the pages' downloads: whatever the way of refusing (not found, or off to sign in), never the content
        assertThat(Http.send(HttpRequest.newBuilder(Http.uri("events/qr?id=" + registrationId))
                .header("Authorization", "Bearer " + stranger).GET()).statusCode()).isNotEqualTo(200);
        assertThat(Http.send(HttpRequest.newBuilder(Http.uri("organiser/registrations.csv?session=" + sessionId))
                .header("Authorization", "Bearer " + stranger).GET()).statusCode()).isNotEqualTo(200);
        assertThat(Http.array(Exams.send(stranger, "GET", "api/v1/events/organised", null))).isEmpty();

        HttpResponse<String> early = Exams.send(organiser, "POST", "api/v1/events/check-ins",
                "{\"ticket\":\"" + ticket + "\"}");
        assertThat(early.statusCode()).as("months before the session").isEqualTo(422);
        sessionStartsSoon(sessionId);
        HttpResponse<String> own = Exams.send(organiser, "POST", "api/v1/events/check-ins",
                "{\"ticket\":\"" + ticket + "\"}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(Http.object(own).getString("status")).isEqualTo("CHECKED_IN");
    }

    /** A published event of 安全生产月 2027 with one session in June 2027, made through the API. */
    private static JsonObject publishedEvent(String organiser, String title, String questions, int maxGroup) {
        HttpResponse<String> created = Exams.send(organiser, "POST", "api/v1/events", "{\"campaignId\":"
                + SAFETY_MONTH_2027 + ",\"title\":\"" + title + "\",\"description\":\"走进企业看安全生产。\","
                + "\"audience\":\"PUBLIC\",\"questions\":" + (questions == null ? "null" : "\"" + questions + "\"")
                + ",\"maxGroup\":" + maxGroup + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long eventId = Http.object(created).getJsonNumber("id").longValue();
        HttpResponse<String> session = Exams.send(organiser, "POST", "api/v1/events/" + eventId + "/sessions",
                "{\"venue\":\"晋阳化工有限公司\",\"address\":\"晋源区晋祠路一段 1 号\",\"startsAt\":\"2027-06-18T01:00:00Z\","
                        + "\"endsAt\":\"2027-06-18T03:00:00Z\",\"capacity\":30}");
        assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
        HttpResponse<String> published = Exams.send(organiser, "PUT", "api/v1/events/" + eventId + "/publication",
                "{\"published\":true}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return Http.object(published);
    }

    /** The day of the session has come: it starts in an hour (the door opens two hours before). */
    private static void sessionStartsSoon(long sessionId) {
        Exams.update("UPDATE booking_event_session SET starts_at = UTC_TIMESTAMP(6) + INTERVAL 1 HOUR,"
                + " ends_at = UTC_TIMESTAMP(6) + INTERVAL 3 HOUR WHERE id = ?", sessionId);
    }

    /** An event organiser of a second campaign organiser, straight in the database; their login. */
    private static String otherOrganiser() {
        String login = "organiser-" + System.nanoTime() + "@test.anquan";
        long account = Exams.citizen(login, "另一组织者");
        try (Connection db = Exams.database();
             PreparedStatement organisation = db.prepareStatement("INSERT INTO platform_organisation (code, name, "
                     + "kind, region) VALUES (?, '大同市安全宣传中心', 'CAMPAIGN_ORGANISER', '大同市')",
                     Statement.RETURN_GENERATED_KEYS)) {
            organisation.setString(1, "ORG-HD-T" + System.nanoTime() % 1_000_000_000L);
            organisation.executeUpdate();
            long organisationId;
            try (ResultSet keys = organisation.getGeneratedKeys()) {
                keys.next();
                organisationId = keys.getLong(1);
            }
            Exams.update("INSERT INTO platform_role_grant (account_id, role, organisation_id) VALUES (?, "
                    + "'EVENT_ORGANISER', ?)", account, organisationId);
            return login;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a USB scanner does: types the code and Enter; waits for the answer page. */
    private static void scan(WebDriver browser, String code) {
        WebElement page = browser.findElement(By.tagName("html"));
        WebElement field = browser.findElement(By.id("checkin:ticket"));
        field.clear();
        field.sendKeys(code + Keys.ENTER);
        new WebDriverWait(browser, WAIT).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser, WAIT).until(driver ->
                "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** The registration id of a row of my registrations, from its QR code's address. */
    private static long registrationId(WebDriver browser, By row) {
        String src = browser.findElement(row).findElement(By.cssSelector("img.ticket-qr")).getAttribute("src");
        return Long.parseLong(src.substring(src.indexOf("id=") + 3));
    }

    private static void setValue(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)),
                value);
    }
}
