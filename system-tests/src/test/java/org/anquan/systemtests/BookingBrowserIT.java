package org.anquan.systemtests;

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

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school books a drill slot of a facility the base approves, through the pages: the anonymous visitor is sent to
 * the login and back to the form, the safety requirements must be ticked, the page says beforehand that the base
 * will approve; the booking waits in "my bookings" with its QR ticket; the base administrator approves it, the
 * school sees it confirmed and gets a mail; on the day the gate checks the group in by its ticket code (as a
 * scanner types it) and the base writes the drill record. Other people cannot see or approve it.
 */
@SystemTest
class BookingBrowserIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
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
    void aSchoolBooksADrillTheBaseApprovesChecksInAndRecords() throws SQLException {
        try {
            journey();
        } catch (RuntimeException | AssertionError | SQLException e) {
            Browsers.keepPages("booking-journey", browsers);
            throw e;
        }
    }

    private void journey() throws SQLException {
        long unique = System.nanoTime() % 1_000_000;
        String login = "school-" + unique + "@test.anquan";
        String group = "迎泽中学" + unique + "班";
        Exams.citizen(login, "王老师");
        // a working day (the base opens Monday to Saturday) far enough ahead for the 48 hours' notice
        LocalDate day = LocalDate.now(CHINA).plusDays(4 + unique % 40);
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        Instant slot = day.atTime(LocalTime.of(12, 0)).atZone(CHINA).toInstant();

        WebDriver school = Browsers.chromium();
        browsers.add(school);
        Browsers.open(school, "bases/");
        Browsers.clickAndWait(school, By.xpath("//a[contains(@class,'base-link') and contains(., '省应急救援实训演练基地')]"));
        assertThat(school.findElement(By.id("safety")).getText()).contains("18").contains("安全帽");
        Browsers.open(school, "bases/base.xhtml?id=1&facility=1&week=" + day);
        WebElement grid = school.findElement(By.id("slot-grid"));
        assertThat(grid.getText()).contains("12:00–15:00");
        // the week is laid out as styled: slots side by side in boxes with a green edge where places are free
        assertThat(computed(school, "#slot-grid .slot-list", "display")).isEqualTo("flex");
        assertThat(computed(school, "#slot-grid .slot--OPEN", "border-left-color")).isEqualTo("rgb(26, 127, 55)");
        Browsers.clickAndWait(school, By.cssSelector("li[data-start='" + slot + "'] a.slot__book"));
        Browsers.awaitUrl(school, "login.xhtml");
        school.findElement(By.id("login:name")).sendKeys(login);
        school.findElement(By.id("login:password")).sendKeys(SecurityIT.DEMO_PASSWORD);
        Browsers.clickAndWait(school, By.id("login:submit"));
        Browsers.awaitUrl(school, "bookings/new.xhtml");
        assertThat(school.findElement(By.id("slot-time")).getText())
                .isEqualTo(day + " 12:00");

        school.findElement(By.id("booking:groupName")).sendKeys(group);
        new Select(school.findElement(By.id("booking:organisationKind"))).selectByVisibleText("学校");
        school.findElement(By.id("booking:headCount")).sendKeys("25");
        school.findElement(By.id("booking:purpose")).sendKeys("初期火灾扑救与疏散演练");
        school.findElement(By.id("booking:contactName")).sendKeys("王老师");
        school.findElement(By.id("booking:contactPhone")).sendKeys("0351-7028 6666");
        Browsers.awaitText(school, By.id("booking:outcome"), "基地审核");
        school.findElement(By.id("booking:participants")).sendKeys("张三\n李四");
        // a checkbox sits small beside its label, not huge above it
        assertThat(school.findElement(By.id("booking:ageConfirmed")).getSize().getWidth()).isLessThanOrEqualTo(24);
        assertThat(computed(school, "#booking .checkbox", "display")).isEqualTo("flex");
        school.findElement(By.id("booking:ageConfirmed")).click();
        school.findElement(By.id("booking:equipmentConfirmed")).click();
        Browsers.clickAndWait(school, By.id("booking:book"));
        assertThat(school.findElement(By.id("booking:messages")).getText() + school.getPageSource())
                .contains("请确认这项安全要求");
        school.findElement(By.id("booking:fitnessConfirmed")).click();
        Browsers.clickAndWait(school, By.id("booking:book"));
        Browsers.awaitUrl(school, "bookings/index.xhtml");
        assertThat(school.findElement(By.id("mine:messages")).getText()).contains("等待基地审核");
        By row = By.xpath("//tr[contains(@class,'booking-row') and contains(., '" + group + "')]");
        assertThat(school.findElement(row).findElement(By.className("booking-status")).getText()).isEqualTo("待基地审核");
        String ticket = school.findElement(row).findElement(By.className("ticket-code")).getText().strip();
        assertThat(ticket).startsWith("BK");
        assertThat((Boolean) ((JavascriptExecutor) school).executeScript(
                "const img = document.querySelector('.ticket-qr'); return img.complete && img.naturalWidth > 0;"))
                .as("the QR code of the ticket is shown").isTrue();
        long bookingId = Exams.single("SELECT id FROM booking_booking WHERE ticket = ?", ticket);

        // strangers: a citizen and the base administrator of another organisation neither see nor approve it
        String strangerAdmin = "other-base-" + unique + "@test.anquan";
        long strangerId = Exams.citizen(strangerAdmin, "别家基地管理员");
        Exams.update("INSERT INTO platform_role_grant (account_id, role, organisation_id) VALUES (?, 'BASE_ADMIN', 4)",
                strangerId);
        for (String other : List.of("citizen@demo.anquan", strangerAdmin)) {
            String token = Exams.token(other);
            assertThat(Exams.send(token, "GET", "api/v1/bookings/" + bookingId, null).statusCode())
                    .as(other + " reads the booking").isIn(403, 404);
            assertThat(Exams.send(token, "POST", "api/v1/bookings/" + bookingId + "/approval", null).statusCode())
                    .as(other + " approves the booking").isIn(403, 404);
        }
        WebDriver stranger = Browsers.signedIn(strangerAdmin, browsers);
        Browsers.open(stranger, "base-admin/index.xhtml?base=1&day=" + day);
        assertThat(stranger.findElement(By.id("no-bases")).getText()).contains("没有负责的基地");
        assertThat(stranger.getPageSource()).doesNotContain(group);
        Browsers.open(stranger, "bookings/qr?id=" + bookingId);
        assertThat(stranger.findElements(By.cssSelector("img[src*='bookings/qr']"))).as("no QR picture").isEmpty();

        // the base approves
        WebDriver base = Browsers.signedIn("base-admin@demo.anquan", browsers);
        Browsers.clickAndWait(base, By.id("base-admin-link"));
        Browsers.open(base, "base-admin/index.xhtml?base=1&day=" + day + "&span=week&status=PENDING");
        By pending = By.xpath("//tr[contains(@class,'booking-row') and contains(., '" + group + "')]");
        assertThat(base.findElement(pending).getText()).contains("25").contains("初期火灾扑救与疏散演练");
        Browsers.clickAndWait(base, By.xpath("//tr[contains(@class,'booking-row') and contains(., '" + group
                + "')]//input[contains(@class,'approve')]"));
        assertThat(base.findElement(By.id("bookings-form:messages")).getText()).contains("已通过").contains(ticket);
        assertThat(base.getCurrentUrl()).contains("status=PENDING");
        assertThat(base.findElement(By.id("bookings-form:bookings")).getText()).as("no longer pending")
                .doesNotContain(group);

        school.navigate().refresh();
        assertThat(school.findElement(row).findElement(By.className("booking-status")).getText()).isEqualTo("已确认");
        assertThat(Mailbox.awaitMailTo(login, "已通过审核", Duration.ofSeconds(30)).toString()).isNotBlank();

        // the gate refuses the ticket before its day
        Browsers.open(base, "base-admin/checkin.xhtml");
        base.findElement(By.id("checkin:ticket")).sendKeys(ticket.toLowerCase() + Keys.ENTER);
        Browsers.awaitText(base, By.id("checkin"), "不是今天");
        assertThat(base.findElement(By.id("checkin")).getText()).contains(day + " 12:00");

        // on the day (the slot moved to the coming minutes of today), the scanner types the code and Enter
        Instant soon = Instant.now().plus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        if (!soon.atZone(CHINA).toLocalDate().equals(LocalDate.now(CHINA))) {
            soon = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        }
        Exams.update("UPDATE booking_slot SET starts_at = ?, ends_at = ? WHERE id = (SELECT slot_id FROM "
                + "booking_booking WHERE id = ?)", utc(soon), utc(soon.plus(3, ChronoUnit.HOURS)), bookingId);
        Browsers.open(base, "base-admin/checkin.xhtml");
        base.findElement(By.id("checkin:ticket")).sendKeys(ticket + Keys.ENTER);
        Browsers.awaitText(base, By.id("checkin:messages"), "已签到");
        assertThat(base.findElement(By.id("group-name")).getText()).isEqualTo(group);
        assertThat(base.findElement(By.id("group-head-count")).getText()).isEqualTo("25");
        assertThat(base.findElement(By.id("group-status")).getText()).isEqualTo("已签到");

        WebElement attendance = base.findElement(By.id("record:attendance"));
        attendance.clear();
        attendance.sendKeys("24");
        WebElement practised = base.findElement(By.id("record:practised"));
        practised.clear();
        practised.sendKeys("灭火器使用、楼道疏散");
        base.findElement(By.id("record:evaluation")).sendKeys("组织有序，疏散用时 3 分 20 秒。");
        Browsers.clickAndWait(base, By.id("record:save-record"));
        Browsers.awaitUrl(base, "booking=" + bookingId);
        assertThat(base.findElement(By.id("checkin:messages")).getText()).contains("已保存").contains(group);
        assertThat(base.findElement(By.id("record:attendance")).getAttribute("value")).isEqualTo("24");
        assertThat(Exams.single("SELECT attendance FROM booking_booking WHERE id = ?", bookingId)).isEqualTo(24);

        school.navigate().refresh();
        assertThat(school.findElement(row).findElement(By.className("booking-status")).getText()).isEqualTo("已签到");
    }

    @Test
    void theBaseSetsAFacilitysRulesAndClosesItForMaintenance() throws SQLException {
        long facilityId = 5; // 烟雾逃生通道 of 城市安全体验馆
        long baseId = Exams.single("SELECT base_id FROM booking_facility WHERE id = ?", facilityId);
        WebDriver base = Browsers.signedIn("base-admin@demo.anquan", browsers);
        Browsers.open(base, "base-admin/settings.xhtml?base=" + baseId + "&facility=" + facilityId);
        WebElement slotMinutes = base.findElement(By.cssSelector("input.setting-slotMinutes"));
        slotMinutes.clear();
        slotMinutes.sendKeys("5");
        Browsers.clickAndWait(base, By.id("rules:save-facility"));
        assertThat(base.findElement(By.id("settings-messages")).getText()).contains("15 至 720");
        slotMinutes = base.findElement(By.cssSelector("input.setting-slotMinutes"));
        slotMinutes.clear();
        slotMinutes.sendKeys("30");
        WebElement quota = base.findElement(By.cssSelector("input.setting-monthlyQuota"));
        quota.clear();
        quota.sendKeys("8");
        Browsers.clickAndWait(base, By.id("rules:save-facility"));
        assertThat(base.findElement(By.id("settings-messages")).getText()).contains("已保存场地规则");
        assertThat(Exams.single("SELECT monthly_quota FROM booking_facility WHERE id = ?", facilityId)).isEqualTo(8);

        LocalDate day = LocalDate.now(CHINA).plusDays(20);
        if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
            day = day.plusDays(1); // the experience hall opens Tuesday to Sunday
        }
        new Select(base.findElement(By.id("closures:closureFacility"))).selectByValue(Long.toString(facilityId));
        ((JavascriptExecutor) base).executeScript("arguments[0].value = arguments[1];",
                base.findElement(By.id("closures:closureFrom")), day + "T08:00");
        ((JavascriptExecutor) base).executeScript("arguments[0].value = arguments[1];",
                base.findElement(By.id("closures:closureTo")), day + "T18:00");
        String reason = "烟雾发生器检修" + System.nanoTime() % 10000;
        base.findElement(By.id("closures:closureReason")).sendKeys(reason);
        Browsers.clickAndWait(base, By.id("closures:add-closure"));
        assertThat(base.findElement(By.id("settings-messages")).getText()).contains("已添加闭馆");

        WebDriver visitor = Browsers.chromium();
        browsers.add(visitor);
        Browsers.open(visitor, "bases/base.xhtml?id=" + baseId + "&facility=" + facilityId + "&week=" + day);
        assertThat(visitor.findElement(By.id("closures")).getText()).contains(reason);
        assertThat(visitor.findElements(By.cssSelector("li.slot--CLOSED[data-start='"
                + day.atTime(9, 0).atZone(CHINA).toInstant() + "']"))).hasSize(1);

        Browsers.open(base, "base-admin/settings.xhtml?base=" + baseId);
        By remove = By.xpath("//tr[contains(., '" + reason + "')]//input[@type='submit']");
        WebElement page = base.findElement(By.tagName("html"));
        base.findElement(remove).click();
        base.switchTo().alert().accept();
        new org.openqa.selenium.support.ui.WebDriverWait(base, Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        assertThat(base.findElement(By.id("settings-messages")).getText()).contains("已删除");
        assertThat(base.getPageSource()).doesNotContain(reason);
    }

    @Test
    void theBaseShowsItsPhotosToEveryoneAndRefusesAFileThatIsNoPicture() throws Exception {
        long baseId = 1; // 省应急救援实训演练基地
        WebDriver base = Browsers.signedIn("base-admin@demo.anquan", browsers);
        Browsers.open(base, "base-admin/settings.xhtml?base=" + baseId);
        java.nio.file.Path fake = java.nio.file.Files.createTempFile("not-a-photo", ".jpg");
        java.nio.file.Files.writeString(fake, "<svg xmlns='http://www.w3.org/2000/svg'/>");
        base.findElement(By.id("photos:photo")).sendKeys(fake.toString());
        base.findElement(By.id("photos:photoCaption")).sendKeys("不是照片");
        Browsers.clickAndWait(base, By.id("photos:add-photo"));
        assertThat(base.findElement(By.tagName("body")).getText()).contains("JPEG 或 PNG");

        java.nio.file.Path png = java.nio.file.Files.createTempFile("yard", ".png");
        java.nio.file.Files.write(png, Exams.photo());
        String caption = "消防灭火训练场全景 " + System.nanoTime() % 10000;
        base.findElement(By.id("photos:photo")).sendKeys(png.toString());
        WebElement captionField = base.findElement(By.id("photos:photoCaption"));
        captionField.clear();
        captionField.sendKeys(caption);
        Browsers.clickAndWait(base, By.id("photos:add-photo"));
        assertThat(base.findElement(By.id("settings-messages")).getText()).contains("照片已添加");

        WebDriver visitor = Browsers.chromium();
        browsers.add(visitor);
        Browsers.open(visitor, "bases/base.xhtml?id=" + baseId);
        WebElement photo = visitor.findElement(By.cssSelector("#base-photos img[alt='" + caption + "']"));
        new org.openqa.selenium.support.ui.WebDriverWait(visitor, Duration.ofSeconds(15)).until(driver ->
                ((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", photo))
                        .intValue() > 0);
        java.net.http.HttpResponse<String> served = Http.get(photo.getAttribute("src")
                .replaceFirst("^https?://[^/]+/", ""));
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("image/jpeg"));
        assertThat(Http.get("bases/photo?id=999999").statusCode()).isEqualTo(404);
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** A property of an element as the browser painted it (a broken style sheet once left these unstyled). */
    private static String computed(WebDriver browser, String selector, String property) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);",
                selector, property);
    }
}
