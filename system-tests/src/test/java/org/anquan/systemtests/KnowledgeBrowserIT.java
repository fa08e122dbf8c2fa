package org.anquan.systemtests;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the law in a real browser: search, filters, deep links, citations, version comparison, English. */
@SystemTest
class KnowledgeBrowserIT {

    private static WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    @BeforeAll
    static void openBrowser() {
        Statutes.corpusImported();
        browser = Browsers.chromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(String path) {
        browser.get(RunningStack.base().resolve(path).toString());
        Looks.look(browser);
    }

    private static boolean targeted(String anchor) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "var el = document.getElementById(arguments[0]);"
                        + "return !!el && el.classList.contains('article--target');", anchor);
    }

    @Test
    void anEditorSchedulesANoticeShowsItAndTakesItDown() {
        List<WebDriver> editors = new java.util.ArrayList<>();
        try {
            WebDriver editor = Browsers.signedIn("editor@demo.anquan", editors);
            Browsers.clickAndWait(editor, By.id("editor-link"));
            Browsers.clickAndWait(editor, By.id("notices-link"));
            String title = "关于调整实训基地开放时间的通知 " + System.nanoTime() % 100000;
            editor.findElement(By.id("notices:title")).sendKeys(title);
            editor.findElement(By.id("notices:body")).sendKeys("第一段：冬季开放时间调整。\n\n第二段：请提前预约。");
            setValue(editor, "notices:publishesAt", "2030-01-01T09:00");
            Browsers.clickAndWait(editor, By.id("notices:save"));
            assertThat(editor.findElement(By.id("notices:messages")).getText()).contains("已保存公告");
            By row = By.xpath("//tr[.//a[@class='notice-title' and normalize-space()='" + title + "']]");
            assertThat(editor.findElement(row).getText()).contains("定时发布");
            assertThat(Http.get("notices/").body()).as("not before its time").doesNotContain(title);

            // published now instead: everyone sees it, in paragraphs
            Browsers.clickAndWait(editor, new By.ByXPath("//tr[.//a[@class='notice-title' and normalize-space()='"
                    + title + "']]//input[@value='修改']"));
            setValue(editor, "notices:publishesAt", java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
                    .minusMinutes(5).withSecond(0).withNano(0).toString());
            Browsers.clickAndWait(editor, By.id("notices:save"));
            assertThat(editor.findElement(By.id("notices:messages")).getText()).contains("已修改公告");
            assertThat(editor.findElement(row).getText()).contains("显示中");
            browser.manage().deleteAllCookies();
            open("notices/");
            Browsers.clickAndWait(browser, By.linkText(title));
            assertThat(browser.findElements(By.cssSelector("#notice p"))).extracting(WebElement::getText)
                    .contains("第一段：冬季开放时间调整。", "第二段：请提前预约。");

            // taken down: gone for everyone, kept for the editors
            WebElement page = editor.findElement(By.tagName("html"));
            editor.findElement(new By.ByXPath("//tr[.//a[@class='notice-title' and normalize-space()='" + title
                    + "']]//input[@value='下线']")).click();
            editor.switchTo().alert().accept();
            new org.openqa.selenium.support.ui.WebDriverWait(editor, java.time.Duration.ofSeconds(15))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
            assertThat(editor.findElement(row).getText()).contains("已下线");
            assertThat(Http.get("notices/").body()).doesNotContain(title);
        } finally {
            editors.forEach(WebDriver::quit);
        }
    }

    private static void setValue(WebDriver target, String id, String value) {
        ((JavascriptExecutor) target).executeScript("arguments[0].value = arguments[1];", target.findElement(By.id(id)),
                value);
    }

    @Test
    void searchFilterOpenTheArticleAndReloadItsDeepLink() {
        browser.manage().deleteAllCookies();
        open("");
        browser.findElement(By.id("q")).sendKeys("动火作业", Keys.ENTER);
        Browsers.awaitUrl(browser, "/laws/?q=");
        assertThat(browser.findElement(By.id("result-count")).getText()).contains("动火作业");

        WebElement law = browser.findElement(By.cssSelector("#facet-kind input[value='LAW']"));
        law.click();
        Browsers.clickAndWait(browser, By.id("apply-filters"));
        assertThat(browser.getCurrentUrl()).contains("kind=LAW");
        List<WebElement> kinds = browser.findElements(By.cssSelector(".group .document__tags .tag:first-child"));
        assertThat(kinds).isNotEmpty().allMatch(tag -> tag.getText().equals("法律"));

        By article = By.cssSelector(".hit__label[href*='#art-']");
        String label = browser.findElement(article).getText();
        Browsers.clickAndWait(browser, article);
        String url = browser.getCurrentUrl();
        assertThat(url).matches(".*/laws/[a-z0-9-]+/\\d{4}-\\d{2}-\\d{2}#art-\\d+");
        String anchor = url.substring(url.indexOf('#') + 1);
        assertThat(browser.findElement(By.id(anchor)).getText()).contains(label);
        assertThat(targeted(anchor)).isTrue();

        browser.navigate().refresh();
        assertThat(browser.getCurrentUrl()).endsWith("#" + anchor);
        assertThat(targeted(anchor)).isTrue();
        assertThat(browser.findElement(By.id("toc-title")).isDisplayed()).isTrue();
    }

    @Test
    void aCitationJumpsStraightToTheArticle() {
        browser.manage().deleteAllCookies();
        open("laws/");
        browser.findElement(By.id("q")).sendKeys("消防法 第十六条", Keys.ENTER);
        Browsers.awaitUrl(browser, "#art-16");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("中华人民共和国消防法");
        assertThat(browser.findElement(By.id("art-16")).getText()).startsWith("第十六条");
        assertThat(targeted("art-16")).isTrue();
    }

    @Test
    void comparesTheTwoVersionsOfTheEmergencyResponseLaw() {
        browser.manage().deleteAllCookies();
        open("laws/?q=" + Http.encode("突发事件应对法"));
        Browsers.clickAndWait(browser, By.linkText("中华人民共和国突发事件应对法"));
        assertThat(browser.findElements(By.cssSelector(".timeline__item"))).hasSize(2);
        Browsers.clickAndWait(browser, By.id("compare"));
        assertThat(browser.getCurrentUrl()).contains("/compare?from=2007-08-30&to=2024-06-28");
        assertThat(browser.findElement(By.id("diff-summary")).getText()).startsWith("修改");
        assertThat(browser.findElements(By.cssSelector(".diff__line--changed"))).hasSizeGreaterThan(10);
        assertThat(browser.findElements(By.cssSelector(".diff__line--changed ins, .diff__line--changed del")))
                .isNotEmpty();

        Browsers.clickAndWait(browser, By.cssSelector(".diff__line--changed .diff__labels a"));
        assertThat(browser.findElement(By.id("old-version-notice")).getText()).contains("不是现行有效的版本");
    }

    @Test
    void showsTheTextInForceOnADayAndReadsInEnglish() {
        browser.manage().deleteAllCookies();
        open("laws/?q=" + Http.encode("突发事件应对法"));
        Browsers.clickAndWait(browser, By.linkText("中华人民共和国突发事件应对法"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('on').value = '2015-01-01';");
        Browsers.clickAndWait(browser, By.id("show-on"));
        assertThat(browser.getCurrentUrl()).contains("/2007-08-30?on=2015-01-01");
        assertThat(browser.findElement(By.id("in-force-notice")).getText()).contains("2015-01-01", "2007-08-30");

        Browsers.clickAndWait(browser, By.id("lang-en"));
        assertThat(browser.findElement(By.id("versions-title")).getText()).isEqualTo("Versions");
        assertThat(browser.findElement(By.id("compare")).getText()).isEqualTo("Compare");
        assertThat(browser.findElement(By.id("old-version-notice")).getText()).contains("not the version in force");
        Browsers.clickAndWait(browser, By.id("lang-zh"));
    }

    @Test
    void anEditorImportsAFolderWithAProgressBar() throws Exception {
        browser.manage().deleteAllCookies();
        open("admin/knowledge/");
        browser.findElement(By.id("login:name")).sendKeys("editor@demo.anquan");
        browser.findElement(By.id("login:password")).sendKeys(SecurityIT.DEMO_PASSWORD);
        Browsers.clickAndWait(browser, By.id("login:submit"));
        open("admin/knowledge/");
        assertThat(browser.findElements(By.id("upload:zip"))).as(() -> browser.getCurrentUrl() + "\n"
                + browser.findElement(By.tagName("body")).getText()).isNotEmpty();
        Path zip = Files.createTempFile("statutes", ".zip");
        Files.write(zip, Statutes.zip(Statutes.FIXTURES));
        browser.findElement(By.id("upload:zip")).sendKeys(zip.toString());
        Browsers.clickAndWait(browser, By.id("upload:start"));
        assertThat(browser.findElements(By.cssSelector("#import-progress .ui-progressbar"))).isNotEmpty();
        Browsers.awaitText(browser, By.id("import-status"), "已完成");
        assertThat(browser.findElement(By.id("import-status")).getText()).contains("4/4", "失败 1");
        assertThat(browser.findElement(By.id("import-errors")).getText()).contains("broken/无标题.md");
        Files.delete(zip);
    }

    private static void signIn(String login) {
        browser.manage().deleteAllCookies();
        open("login.xhtml");
        browser.findElement(By.id("login:name")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys(SecurityIT.DEMO_PASSWORD);
        Browsers.clickAndWait(browser, By.id("login:submit"));
    }

    private static By formWith(String text) {
        return By.xpath("//form[.//*[normalize-space(text())='" + text + "']]");
    }

    @Test
    void aQuestionTravelsFromTheReaderToAPublishedAnswerBesideItsArticle() {
        Statutes.fixturesImported();
        String title = "动火审批要谁签字？" + System.nanoTime() % 100000;

        signIn("citizen@demo.anquan");
        open("laws/" + Statutes.FIXTURE_SLUG);
        Browsers.clickAndWait(browser, By.cssSelector("#art-3 .commentary__ask"));
        assertThat(browser.findElement(By.id("ask-about")).getText()).contains(Statutes.FIXTURE_SLUG);
        browser.findElement(By.id("ask:title")).sendKeys(title);
        browser.findElement(By.id("ask:body")).sendKeys("我们车间要进行电焊作业，审批单需要哪些人签字？");
        Browsers.clickAndWait(browser, By.id("ask:send"));
        Browsers.awaitUrl(browser, "/questions/mine.xhtml");
        assertThat(browser.findElement(By.id("my-questions")).getText()).contains(title, "待回答");

        signIn("expert@demo.anquan");
        open("expert/");
        assertThat(browser.findElements(formWith(title))).as(() -> browser.getCurrentUrl() + "\n"
                + browser.findElement(By.tagName("main")).getText()).isNotEmpty();
        WebElement form = browser.findElement(formWith(title));
        form.findElement(By.cssSelector("textarea[id$=':html']")).sendKeys("动火作业应当由作业负责人申请，经安全管理部门审批后方可进行。");
        WebElement send = form.findElement(By.cssSelector("input[type=submit]"));
        send.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(driver -> driver.findElements(formWith(title)).isEmpty());

        signIn("editor@demo.anquan");
        open("editor/");
        browser.findElement(formWith(title)).findElement(By.cssSelector("input[id$=':publish']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(driver -> driver.findElements(formWith(title)).isEmpty());

        browser.manage().deleteAllCookies();
        open("laws/" + Statutes.FIXTURE_SLUG + "#art-3");
        WebElement aside = browser.findElement(By.cssSelector("#art-3 .commentary"));
        aside.findElement(By.tagName("summary")).click();
        assertThat(aside.getText()).contains(title, "经安全管理部门审批后方可进行");

        signIn("citizen@demo.anquan");
        open("laws/" + Statutes.FIXTURE_SLUG);
        browser.findElement(By.cssSelector("#art-3 .commentary summary")).click();
        Browsers.clickAndWait(browser, By.linkText(title));
        Browsers.clickAndWait(browser, By.id("helpful:mark"));
        assertThat(browser.findElement(By.id("helpful-count")).getText()).contains("1");
        Browsers.clickAndWait(browser, By.id("helpful:mark"));
        assertThat(browser.findElement(By.id("helpful-count")).getText()).startsWith("1 ");
    }
}
