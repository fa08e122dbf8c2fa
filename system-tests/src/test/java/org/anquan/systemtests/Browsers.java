package org.anquan.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/** Debian's headless Chromium through Debian's chromedriver; never a downloaded browser or driver. */
final class Browsers {

    private static final Duration WAIT = Duration.ofSeconds(15);
    static final Duration IMPLICIT_WAIT = Duration.ofSeconds(3);

    private Browsers() {
    }

    static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("anquan.chromium", "/usr/bin/chromium")));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("anquan-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("anquan.chromedriver", "/usr/bin/chromedriver")))
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1366, 900));
        // an element is looked for until it is there (or 3 s have passed), not only at the instant a slow machine has
        // not yet swapped the document in: a test once failed on a page that was there a moment later
        browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        return browser;
    }

    /** Clicks something that loads a new page and waits until the new page has replaced the old one. */
    static void clickAndWait(WebDriver browser, By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, WAIT).until(driver -> isGone(page));
        // while the next page loads, the driver may answer with errors about the old document: poll through them
        new WebDriverWait(browser, WAIT).ignoring(WebDriverException.class).until(driver ->
                "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        Looks.look(browser);
    }

    /** Clicks an element that an ajax update may be replacing right now: finds it again until the click lands. */
    static void clickSettled(WebDriver browser, By locator) {
        new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(locator).click();
            return true;
        });
    }

    /** Whether the element belongs to a document that has been replaced (Chromium says so in two ways). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits until an element (re-rendered by an ajax update, perhaps) shows the text. */
    static void awaitText(WebDriver browser, By locator, String text) {
        new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(locator).getText().contains(text));
    }

    static void awaitUrl(WebDriver browser, String part) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains(part));
    }

    /** A new browser signed in with the demo password; it joins the list so that the test closes it. */
    static WebDriver signedIn(String login, java.util.List<WebDriver> browsers) {
        WebDriver browser = chromium();
        browsers.add(browser);
        open(browser, "login.xhtml");
        browser.findElement(By.id("login:name")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys(SecurityIT.DEMO_PASSWORD);
        clickAndWait(browser, By.id("login:submit"));
        return browser;
    }

    static void open(WebDriver browser, String path) {
        browser.get(RunningStack.base().resolve(path).toString());
        Looks.look(browser);
    }

    /** What a link points to, fetched with the browser's own session cookie. */
    static java.net.http.HttpResponse<byte[]> fetch(WebDriver browser, String href) {
        String cookies = browser.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(href)).header("Cookie", cookies).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Leaves each browser's page in target/browser-pages for whoever reads a failure. */
    static void keepPages(String name, java.util.List<WebDriver> browsers) {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "browser-pages");
        for (int i = 0; i < browsers.size(); i++) {
            try {
                java.nio.file.Files.createDirectories(folder);
                java.nio.file.Files.writeString(folder.resolve(name + "-" + i + ".html"),
                        browsers.get(i).getCurrentUrl() + "\n" + browsers.get(i).getPageSource());
            } catch (IOException | RuntimeException gone) {
                // a browser closed on purpose has no page; a failure to write must not hide the test's own
            }
        }
    }
}
