package org.anquan.systemtests;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A real browser (Debian's headless Chromium through Debian's chromedriver) on the portal's pages. */
@SystemTest
class BrowserIT {

    private static WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.chromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void switchesToEnglishAndRemembersIt() {
        browser.manage().deleteAllCookies();
        browser.get(RunningStack.base().toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("安全生产宣教实训平台");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");

        browser.findElement(By.id("lang-en")).click();
        awaitLanguage("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Work Safety Education and Training Portal");
        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("Laws & standards", "Exams & certificates");

        browser.findElement(By.linkText("Exams & certificates")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/exams/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Exams & certificates");
        assertThat(browser.findElement(By.id("lang-en")).getAttribute("aria-pressed")).isEqualTo("true");

        browser.findElement(By.id("lang-zh")).click();
        awaitLanguage("zh-CN");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("考试认证");
    }

    /** The switch posts a form and reloads the page: wait for the new document, not the old one. */
    private static void awaitLanguage(String tag) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> tag.equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    void searchesFromTheHomePageByKeyboardAlone() {
        browser.manage().deleteAllCookies();
        browser.get(RunningStack.base().toString());
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("跳到正文");

        WebElement box = browser.findElement(By.id("q"));
        WebElement label = browser.findElement(By.cssSelector("label[for='q']"));
        assertThat(label.getText()).isEqualTo("搜索法规、标准");
        box.sendKeys("事故报告", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/laws/?q="));
        assertThat(browser.findElement(By.cssSelector(".results")).getText()).contains("生产安全事故报告和调查处理条例");
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("事故报告");
    }

    @Test
    void fitsAPhoneScreenWithoutSidewaysScrolling() {
        browser.manage().deleteAllCookies();
        try {
            browser.manage().window().setSize(new Dimension(375, 812));
            for (String path : new String[]{"", "laws/", "exams/", "bases/"}) {
                browser.get(RunningStack.base().resolve(path).toString());
                long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow).as("horizontal overflow on /" + path).isLessThanOrEqualTo(0);
                assertThat(browser.findElement(By.id("lang-en")).isDisplayed()).isTrue();
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void staffAndCitizensFindTheirWayByClickingFromTheHomePage() {
        java.util.List<WebDriver> signedIn = new java.util.ArrayList<>();
        try {
            WebDriver proctor = Browsers.signedIn("proctor@demo.anquan", signedIn);
            Browsers.open(proctor, "");
            Browsers.clickAndWait(proctor, By.id("proctor-link"));
            assertThat(proctor.getCurrentUrl()).contains("/proctor/");
            assertThat(proctor.findElement(By.tagName("h1")).getText()).isEqualTo("考务工作台");

            // each staff role reaches its desk from the header of the home page
            for (String[] desk : new String[][]{{"organiser@demo.anquan", "organiser-link", "/organiser/"},
                    {"base-admin@demo.anquan", "base-admin-link", "/base-admin/"},
                    {"admin@demo.anquan", "admin-link", "/admin/accounts.xhtml"},
                    {"editor@demo.anquan", "editor-link", "/editor/"},
                    {"exam-admin@demo.anquan", "exam-admin-link", "/exam-admin/"},
                    {"institution@demo.anquan", "institution-link", "/institution/"}}) {
                WebDriver staff = Browsers.signedIn(desk[0], signedIn);
                Browsers.open(staff, "");
                Browsers.clickAndWait(staff, By.id(desk[1]));
                assertThat(staff.getCurrentUrl()).as(desk[0]).contains(desk[2]);
                staff.quit();
                signedIn.remove(staff);
            }
            // a group finds a base's free slots through the menu, the campaign's events through the front page
            WebDriver group = Browsers.signedIn("citizen@demo.anquan", signedIn);
            Browsers.open(group, "");
            Browsers.clickAndWait(group, By.linkText("实训基地与活动"));
            Browsers.clickAndWait(group, By.xpath("//a[contains(@class,'base-link') and contains(., '城市安全体验馆')]"));
            Browsers.clickAndWait(group, By.cssSelector("a[id$='slots-of-facility']"));
            assertThat(group.findElement(By.id("slot-grid")).getText()).contains("可预约");
            Browsers.open(group, "");
            Browsers.clickAndWait(group, By.id("campaign-events-link"));
            assertThat(group.findElement(By.id("main")).getText()).contains("社区消防开放日：家庭火灾逃生演练");

            WebDriver candidate = Browsers.signedIn("candidate@demo.anquan", signedIn);
            Browsers.open(candidate, "");
            for (String[] way : new String[][]{{"hub-exams", "/exams/mine.xhtml"}, {"hub-certificates", "/certificates/"},
                    {"hub-bookings", "/bookings/"}, {"hub-events", "/events/mine.xhtml"},
                    {"hub-questions", "/questions/mine.xhtml"}, {"profile-link", "/account/profile.xhtml"}}) {
                Browsers.clickAndWait(candidate, By.id("account-link"));
                Browsers.clickAndWait(candidate, By.id(way[0]));
                assertThat(candidate.getCurrentUrl()).as(way[0]).contains(way[1]);
            }
            // the demo candidate has the drawn photo the exam registration needs
            assertThat((Boolean) ((JavascriptExecutor) candidate).executeScript(
                    "const img = document.querySelector('img.photo'); return !!img && img.complete && img.naturalWidth > 0;"))
                    .as("the profile shows the photo").isTrue();
        } finally {
            signedIn.forEach(WebDriver::quit);
        }
    }
}
