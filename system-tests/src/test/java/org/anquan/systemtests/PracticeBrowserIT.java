package org.anquan.systemtests;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor who has not signed in practises in a real browser: from the exams page to the practice page, a paper of
 * five questions answered one by one with the feedback (right or wrong, the correct answer marked, the explanation,
 * the link to the law), the summary with the score and the questions missed, and another round.
 */
@SystemTest
class PracticeBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAnonymousVisitorPractisesFiveQuestionsAndSeesTheSummary() throws IOException {
        browser = Browsers.chromium();
        try {
            journey();
        } catch (RuntimeException | AssertionError e) {
            Path folder = Path.of("target", "browser-pages");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("practice-journey.html"),
                    browser.getCurrentUrl() + "\n" + browser.getPageSource());
            throw e;
        }
    }

    private void journey() {
        open("exams/");
        Browsers.clickAndWait(browser, By.id("practice-link"));
        Browsers.awaitUrl(browser, "practice/");
        assertThat(browser.findElement(By.id("subject-1")).getText()).contains("安全生产管理人员");
        assertThat(browser.findElement(By.xpath("//li[.//h2[@id='subject-1']]//p[contains(@class,'pool-size')]"))
                .getText()).contains("30");
        Select count = new Select(browser.findElement(By.id("count-1")));
        assertThat(count.getFirstSelectedOption().getAttribute("value")).as("the default").isEqualTo("10");
        count.selectByValue("5");
        Browsers.clickAndWait(browser, By.id("start-1"));
        Browsers.awaitUrl(browser, "practice/paper.xhtml");
        assertThat(browser.getCurrentUrl()).contains("subject=1").contains("count=5");

        // submitting without a choice asks for one
        Browsers.clickSettled(browser, By.id("practice:submit"));
        Browsers.awaitText(browser, By.id("practice:messages"), "请先选择答案");

        int right = 0;
        for (int number = 1; number <= 5; number++) {
            Browsers.awaitText(browser, By.id("question-title"), "第 " + number + " 题 / 共 5 题");
            assertThat(browser.findElement(By.cssSelector("fieldset.choices legend")).getText()).startsWith("请选择");
            Browsers.clickSettled(browser, By.xpath("(//fieldset[@class='choices']//input)[1]"));
            Browsers.clickSettled(browser, By.id("practice:submit"));
            new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class)
                    .until(driver -> !driver.findElements(By.id("verdict")).isEmpty());

            String verdict = browser.findElement(By.id("verdict")).getText();
            assertThat(verdict).isIn("回答正确", "回答错误");
            if ("回答正确".equals(verdict)) {
                right++;
            }
            List<WebElement> marked = browser.findElements(By.cssSelector("#answer-options li.option--correct"));
            assertThat(marked).as("the correct answer is marked, in words too").isNotEmpty()
                    .allSatisfy(option -> assertThat(option.getText()).contains("正确答案"));
            assertThat(browser.findElement(By.cssSelector("#answer-options li.option--chosen")).getText())
                    .contains("你的选择");
            assertThat(browser.findElement(By.id("explanation")).getText().replace("解析：", "")).isNotBlank();
            WebElement law = browser.findElement(By.id("law-link"));
            assertThat(law.getText()).isEqualTo("法律依据");
            assertThat(law.getAttribute("href")).matches(".*/laws/[a-z-]+#art-\\d+");
            assertThat(browser.findElements(By.cssSelector("fieldset.choices"))).as("answered: no more choices")
                    .isEmpty();

            Browsers.clickSettled(browser, By.id("practice:next"));
        }

        Browsers.awaitText(browser, By.id("score"), "/ 5");
        assertThat(browser.findElement(By.id("score")).getText()).isEqualTo("得分：" + right + " / 5");
        assertThat(browser.findElements(By.cssSelector("#missed > li"))).hasSize(5 - right);
        if (right < 5) {
            WebElement missed = browser.findElement(By.cssSelector("#missed > li"));
            assertThat(missed.getText()).contains("你的选择").contains("正确答案").contains("法律依据");
        }

        Browsers.clickAndWait(browser, By.id("again"));
        Browsers.awaitText(browser, By.id("question-title"), "第 1 题 / 共 5 题");
    }

    private void open(String path) {
        browser.get(RunningStack.base().resolve(path).toString());
    }
}
