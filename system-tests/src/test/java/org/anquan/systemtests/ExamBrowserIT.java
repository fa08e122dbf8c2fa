package org.anquan.systemtests;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey of a candidate in real browsers: registration, the admission ticket, check-in by the proctor
 * with the photo, the exam, a closed browser and a new one that continues with the same answers and deadline,
 * submission, publication by the centre, the certificate and its public verification.
 */
@SystemTest
class ExamBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
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
    void aCandidateGoesFromRegistrationToAVerifiedCertificate() throws IOException {
        try {
            journey();
        } catch (RuntimeException | AssertionError | IOException e) {
            Browsers.keepPages("exam-journey", browsers);
            throw e;
        }
    }


    private void journey() throws IOException {
        Exams.Candidate candidate = Exams.candidate("周旅程");
        long sessionId = Exams.session(2);

        WebDriver browser = Browsers.signedIn(candidate.login(), browsers);
        Browsers.open(browser, "exams/");
        Browsers.clickAndWait(browser, By.xpath("//tr[.//span[@class='session-id' and normalize-space()='"
                + sessionId + "']]//input[@type='submit']"));
        Browsers.awaitUrl(browser, "exams/mine.xhtml");
        String ticket = browser.findElement(By.cssSelector(".ticket-number")).getText().strip();
        String seat = browser.findElement(By.cssSelector(".seat-label")).getText().strip();
        assertThat(ticket).startsWith("ZK");
        String ticketText = pdfText(download(browser, browser.findElement(By.cssSelector(".ticket-link")).getAttribute("href")));
        assertThat(ticketText).contains(ticket).contains(seat);

        WebDriver proctor = Browsers.signedIn("proctor@demo.anquan", browsers);
        Browsers.open(proctor, "proctor/checkin.xhtml");
        proctor.findElement(By.id("checkin:ticket")).sendKeys(ticket);
        Browsers.clickAndWait(proctor, By.id("checkin:look-up"));
        assertThat(proctor.findElement(By.id("candidate-name")).getText()).isEqualTo("周旅程");
        assertThat((Boolean) ((JavascriptExecutor) proctor).executeScript(
                "const img = document.querySelector('.candidate-photo'); return img.complete && img.naturalWidth > 0;"))
                .as("the registered photo is shown").isTrue();
        Browsers.clickAndWait(proctor, By.id("checkin:confirm-check-in"));
        assertThat(proctor.findElement(By.id("checkin:messages")).getText()).contains(seat);

        Exams.begin(sessionId);
        browser.navigate().refresh();
        Browsers.clickAndWait(browser, By.cssSelector(".start-exam"));
        Browsers.awaitUrl(browser, "exams/attempt.xhtml");
        answerShownOption(browser, 0);
        Browsers.clickSettled(browser, By.id("exam:next"));
        Browsers.awaitText(browser, By.id("question-title"), "第 2 题");
        answerShownOption(browser, 1);
        Browsers.awaitText(browser, By.id("saved-status"), "已答 2 / 45 题");
        // the answer sheet shows, as painted, which questions are answered
        assertThat(cellBackground(browser, 1)).as("answered").isEqualTo("rgb(218, 251, 225)");
        assertThat(cellBackground(browser, 3)).as("not answered").isEqualTo("rgb(255, 255, 255)");
        // question 2 flagged to check again; a reload returns to it, not to question 1
        Browsers.clickSettled(browser, By.id("exam:flag"));
        new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> "取消标记".equals(driver.findElement(By.id("exam:flag")).getAttribute("value")));
        browser.navigate().refresh();
        Browsers.awaitText(browser, By.id("question-title"), "第 2 题");
        // by keyboard alone: Enter on 下一题 moves on, Space chooses an option
        browser.findElement(By.id("exam:next")).sendKeys(Keys.ENTER);
        Browsers.awaitText(browser, By.id("question-title"), "第 3 题");
        new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> {
                    driver.findElement(By.xpath("(//fieldset[@class='choices']//input)[1]")).sendKeys(Keys.SPACE);
                    return true;
                });
        Browsers.awaitText(browser, By.id("saved-status"), "已答 3 / 45 题");
        long deadline = deadline(browser);
        long registrationId = registrationOf(candidate);
        browser.quit();
        browsers.remove(browser);

        // a new browser: refused while the first one may still be there, until the proctor lets it continue
        browser = Browsers.signedIn(candidate.login(), browsers);
        Browsers.open(browser, "exams/attempt.xhtml?registration=" + registrationId);
        assertThat(browser.findElement(By.id("exam:messages")).getText()).contains("另一台终端");
        Browsers.open(proctor, "proctor/console.xhtml?session=" + sessionId);
        Browsers.clickSettled(proctor, By.xpath("//a[contains(@class,'seat') and .//span[normalize-space()='" + seat + "']]"));
        new WebDriverWait(proctor, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("console:release")));
        Browsers.clickAndWait(proctor, By.id("console:release"));
        assertThat(proctor.findElement(By.id("console:messages")).getText()).contains("另一台终端继续");

        Browsers.open(browser, "exams/attempt.xhtml?registration=" + registrationId);
        assertThat(browser.findElement(By.id("exam:messages")).getText()).contains("已恢复作答");
        assertThat(checkedPosition(browser)).as("question 1 as answered before").isEqualTo(0);
        assertThat(deadline(browser)).as("the deadline did not move").isBetween(deadline - 2000, deadline + 2000);

        // the rest of the paper, answered right through the API with this browser's lease
        long attemptId = attemptOf(candidate);
        String lease = browser.manage().getCookieNamed("anquan-lease-" + registrationId).getValue();
        List<Set<Integer>> correct = Exams.correctShown(attemptId);
        for (int number = 1; number <= correct.size(); number++) {
            assertThat(Exams.sendWith(candidate.token(), lease, "PUT", "api/v1/attempts/" + attemptId + "/questions/"
                    + number, "{\"chosen\":" + correct.get(number - 1) + "}").statusCode()).isEqualTo(200);
        }
        Browsers.clickSettled(browser, By.id("exam:open-submit"));
        Browsers.awaitText(browser, By.id("unanswered-summary"), "还有 0 题未作答");
        assertThat(browser.findElement(By.id("flagged-summary")).getText()).contains("1 题").contains("2");
        assertThat(browser.findElement(By.id("keep-working")).getSize().getHeight()).as("a button to tap")
                .isGreaterThanOrEqualTo(44);
        Browsers.clickAndWait(browser, By.id("exam:confirm-submit"));
        Browsers.awaitUrl(browser, "exams/result.xhtml");
        assertThat(browser.findElement(By.id("score-pending")).getText()).contains("公布");

        Exams.end(sessionId);
        WebDriver admin = Browsers.signedIn("centre-admin@demo.anquan", browsers);
        Browsers.open(admin, "proctor/");
        WebElement page = admin.findElement(By.tagName("html"));
        admin.findElement(By.xpath("//tr[.//span[@class='session-id' and normalize-space()='" + sessionId
                + "']]//input[contains(@class,'publish-results')]")).click();
        admin.switchTo().alert().accept();
        new WebDriverWait(admin, WAIT).until(ExpectedConditions.stalenessOf(page));
        Browsers.awaitText(admin, By.id("sessions-form:messages"), "证书 1 张");

        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("score")).getText()).contains("100").contains("合格");
        String number = browser.findElement(By.id("certificate-number")).getText().strip();
        String certificateText = pdfText(download(browser, browser.findElement(By.id("certificate-pdf")).getAttribute("href")));
        assertThat(certificateText).contains(number);

        // the candidate asks for a review (复核); the centre grades again and answers
        browser.findElement(By.id("review:reason")).sendKeys("请核对第 3 题的评分");
        Browsers.clickAndWait(browser, By.id("review:request-review"));
        assertThat(browser.findElement(By.id("review-state")).getText()).contains("等待考点答复");
        Browsers.open(admin, "proctor/reviews.xhtml");
        WebElement answerBox = admin.findElement(By.xpath("//tr[contains(., '周旅程')]//textarea"));
        answerBox.sendKeys("经重新评分，成绩无误。");
        Browsers.clickSettled(admin, By.xpath("//tr[contains(., '周旅程')]//button"));
        Browsers.awaitText(admin, By.id("reviews:messages"), "100 → 100");
        browser.navigate().refresh(); // the request redirected to the result's address: a reload shows the answer
        assertThat(browser.findElement(By.id("review-state")).getText()).contains("成绩无误").contains("100 → 100");

        // the centre sees the session in its pass rates; the exam administrator analyses the items
        Browsers.open(admin, "statistics/");
        assertThat(admin.findElement(By.id("subjects")).getText()).contains("生产经营单位安全生产管理人员（通用）");
        WebDriver examAdmin = Browsers.signedIn("exam-admin@demo.anquan", browsers);
        Browsers.open(examAdmin, "statistics/");
        new org.openqa.selenium.support.ui.Select(examAdmin.findElement(By.id("items-form:subject")))
                .selectByVisibleText("生产经营单位安全生产管理人员（通用）");
        Browsers.clickSettled(examAdmin, By.id("items-form:analyse"));
        Browsers.awaitText(examAdmin, By.id("items-form:items"), "100%");

        WebDriver verifier = Browsers.chromium();
        browsers.add(verifier);
        Browsers.open(verifier, "certificates/verify.xhtml?number=" + number);
        verifier.findElement(By.id("verify:name")).sendKeys("周旅程");
        Browsers.clickAndWait(verifier, By.id("verify:check"));
        assertThat(verifier.findElement(By.id("verification-result")).getText()).isEqualTo("有效");
        assertThat(verifier.getPageSource()).doesNotContain(candidate.login());
    }

    @Test
    void aCentreAdministratorLaysOutARoomAndSchedulesASessionInIt() {
        String name = "测试考场" + System.nanoTime() % 100000;
        WebDriver admin = Browsers.signedIn("centre-admin@demo.anquan", browsers);
        Browsers.open(admin, "proctor/rooms.xhtml");
        admin.findElement(By.id("rooms:roomName")).sendKeys(name);
        WebElement rows = admin.findElement(By.id("rooms:rows"));
        rows.clear();
        rows.sendKeys("2");
        WebElement columns = admin.findElement(By.id("rooms:columns"));
        columns.clear();
        columns.sendKeys("3");
        Browsers.clickSettled(admin, By.id("rooms:add-room"));
        Browsers.awaitText(admin, By.id("rooms:messages"), name);
        assertThat(admin.findElement(By.id("rooms:messages")).getText()).contains("6 个座位");
        By seat = By.xpath("//section[h2[contains(., '" + name + "')]]//a[.//span[normalize-space()='A02']]");
        Browsers.clickSettled(admin, seat);
        Browsers.awaitText(admin, seat, "停用");

        new org.openqa.selenium.support.ui.Select(admin.findElement(By.id("rooms:room")))
                .selectByVisibleText("省安全生产考试中心（太原考点） · " + name);
        ((JavascriptExecutor) admin).executeScript("arguments[0].value = '2031-03-01T09:00';",
                admin.findElement(By.id("rooms:startsAt")));
        Browsers.clickSettled(admin, By.id("rooms:schedule"));
        Browsers.awaitText(admin, By.id("rooms:messages"), "已安排场次");
        JsonObject scheduled = Http.array(Http.get("api/v1/exam-sessions")).stream().map(JsonObject.class::cast)
                .filter(session -> session.getString("roomName").equals(name)).findFirst().orElseThrow();
        assertThat(scheduled.getString("startsAt")).isEqualTo("2031-03-01T01:00:00Z");
        assertThat(scheduled.getInt("seats")).as("the seat out of use is not offered").isEqualTo(5);
    }

    @Test
    void theCentreEntersPracticalScoresWhereTheSubjectHasAPracticalPart() {
        Exams.Candidate candidate = Exams.candidate("吴实操");
        long sessionId = Exams.session(2, 2); // 低压电工作业: paper and practical part
        Exams.register(candidate, sessionId);
        WebDriver admin = Browsers.signedIn("centre-admin@demo.anquan", browsers);
        Browsers.open(admin, "proctor/practical.xhtml?session=" + sessionId);
        By score = By.xpath("//tr[contains(., '吴实操')]//input[@type='number']");
        By save = By.xpath("//tr[contains(., '吴实操')]//button");
        admin.findElement(score).sendKeys("101");
        Browsers.clickSettled(admin, save);
        Browsers.awaitText(admin, By.id("practical:messages"), "0 至 100");
        WebElement field = admin.findElement(score);
        field.clear();
        field.sendKeys("85");
        Browsers.clickSettled(admin, save);
        Browsers.awaitText(admin, By.id("practical:messages"), "已保存实操成绩 85 分");
        Browsers.open(admin, "proctor/practical.xhtml?session=" + sessionId);
        assertThat(admin.findElement(score).getAttribute("value")).isEqualTo("85");

        Browsers.open(admin, "proctor/practical.xhtml?session=" + Exams.session(1, 2));
        assertThat(admin.findElement(By.id("no-practical")).getText()).contains("没有实操考试");
    }



    @Test
    void aTrainingInstitutionRegistersItsTraineesInOneBatchSeatedApart() {
        List<Exams.Candidate> trainees = List.of(Exams.candidate("钱批一"), Exams.candidate("钱批二"),
                Exams.candidate("钱批三"));
        long sessionId = Exams.session(1, 2);
        String stranger = Exams.idNumber(); // a valid number nobody has a profile for
        WebDriver institution = Browsers.signedIn("institution@demo.anquan", browsers);
        Browsers.open(institution, "institution/");
        new org.openqa.selenium.support.ui.Select(institution.findElement(By.id("batch:session")))
                .selectByValue(Long.toString(sessionId));
        WebElement list = institution.findElement(By.id("batch:trainees"));
        paste(institution, list, trainees.get(0).name() + "\t" + trainees.get(0).idNumber() + "\n"
                + "钱不详," + stranger + "\n\n" + trainees.get(1).name() + " " + trainees.get(1).idNumber());
        Browsers.clickSettled(institution, By.id("batch:register"));
        Browsers.awaitText(institution, By.id("batch:messages"), "本批未报名任何学员");
        assertThat(institution.findElement(By.id("batch:problems")).getText())
                .contains("钱不详").contains("没有找到姓名与身份证号都相符的实名账户");
        assertThat(Exams.send(trainees.get(0).token(), "GET", "api/v1/exam-sessions/registrations", null).body())
                .as("nothing of a refused batch is registered").doesNotContain("\"ticketNumber\"");

        WebElement corrected = institution.findElement(By.id("batch:trainees"));
        paste(institution, corrected, trainees.stream().map(trainee -> trainee.name() + "\t" + trainee.idNumber())
                .collect(Collectors.joining("\n")));
        Browsers.clickSettled(institution, By.id("batch:register"));
        Browsers.awaitText(institution, By.id("batch:messages"), "已为 3 名学员报名并安排座位");
        String table = institution.findElement(By.id("registered:registrations")).getText();
        trainees.forEach(trainee -> assertThat(table).contains(trainee.name()));

        List<String> seats = new ArrayList<>();
        for (Exams.Candidate trainee : trainees) {
            JsonObject mine = Http.array(Exams.send(trainee.token(), "GET", "api/v1/exam-sessions/registrations",
                    null)).getJsonObject(0);
            assertThat(mine.getJsonObject("session").getJsonNumber("id").longValue()).isEqualTo(sessionId);
            seats.add(mine.getString("seatLabel"));
        }
        for (String one : seats) {
            for (String other : seats) {
                int rows = Math.abs(one.charAt(0) - other.charAt(0));
                int columns = Math.abs(Integer.parseInt(one.substring(1)) - Integer.parseInt(other.substring(1)));
                assertThat(rows + columns).as("trainees at " + seats + " sit apart").isNotEqualTo(1);
            }
        }
        long registrationId = Http.array(Exams.send(Exams.token("institution@demo.anquan"), "GET",
                "api/v1/exam-sessions/institution-registrations", null)).getJsonObject(0).getJsonNumber("registrationId")
                .longValue();
        assertThat(Exams.download(Exams.token("institution@demo.anquan"),
                "api/v1/exam-sessions/registrations/" + registrationId + "/ticket").statusCode()).isEqualTo(200);
        assertThat(Exams.download(Exams.token("citizen@demo.anquan"),
                "api/v1/exam-sessions/registrations/" + registrationId + "/ticket").statusCode())
                .as("nobody else gets a trainee's ticket").isEqualTo(403);
    }

    /** Puts text into a field as pasting from a spreadsheet does (typing a tab would move to the next field). */
    private static void paste(WebDriver browser, WebElement field, String text) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, text);
    }

    /** Clicks the option shown at a position and waits until the server has acknowledged the save. */
    private static void answerShownOption(WebDriver browser, int position) {
        String before = browser.findElement(By.id("saved-status")).getText();
        Browsers.clickSettled(browser, By.xpath("(//fieldset[@class='choices']//input)[" + (position + 1) + "]"));
        new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> {
                    String now = driver.findElement(By.id("saved-status")).getText();
                    return now.contains("答案已保存") && !now.equals(before);
                });
    }

    /** The painted background of a cell of the answer sheet (the theme once painted over the answered colour). */
    private static String cellBackground(WebDriver browser, int number) {
        return (String) ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.querySelector("
                + "'.nav-grid input[value=\"' + arguments[0] + '\"]')).backgroundColor;", number);
    }

    private static int checkedPosition(WebDriver browser) {
        List<WebElement> inputs = browser.findElements(By.xpath("//fieldset[@class='choices']//input"));
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).isSelected()) {
                return i;
            }
        }
        return -1;
    }

    /** The deadline the page counts down to, in epoch milliseconds: the server's time plus what it said is left. */
    private static long deadline(WebDriver browser) {
        WebElement data = browser.findElement(By.id("remaining-data"));
        return java.time.Instant.parse(data.getAttribute("data-stamp")).toEpochMilli()
                + Long.parseLong(data.getAttribute("data-remaining")) * 1000;
    }

    private static long registrationOf(Exams.Candidate candidate) {
        return Http.array(Exams.send(candidate.token(), "GET", "api/v1/exam-sessions/registrations", null))
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long attemptOf(Exams.Candidate candidate) {
        JsonObject registration = Http.array(Exams.send(candidate.token(), "GET", "api/v1/exam-sessions/registrations",
                null)).getJsonObject(0);
        return registration.getJsonNumber("attemptId").longValue();
    }

    /** Downloads what a link points to with the browser's own session cookie. */
    private static byte[] download(WebDriver browser, String href) {
        HttpResponse<byte[]> response = Browsers.fetch(browser, href);
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
