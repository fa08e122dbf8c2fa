package org.anquan.systemtests;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, registration, throttling and the security headers, as a visitor meets them. */
@SystemTest
class SecurityIT {

    static final String DEMO_PASSWORD = "Anquan-demo-2026";
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
        browser.quit();
    }

    @BeforeEach
    void anonymous() {
        browser.get(RunningStack.base().toString());
        browser.manage().deleteAllCookies();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : new String[]{"", "laws/", "api/v1/documents", "no-such-page"}) {
            HttpResponse<String> response = Http.get(path);
            assertThat(response.headers().allValues("Content-Security-Policy")).as(path)
                    .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
    }

    @Test
    void ownAccountPageNeedsASignIn() {
        HttpResponse<String> response = Http.get("account/");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml"));
    }

    @Test
    void signsInWithANewSessionIdAndSignsOut() {
        browser.get(RunningStack.base().resolve("login.xhtml").toString());
        String before = browser.manage().getCookieNamed("JSESSIONID") == null ? ""
                : browser.manage().getCookieNamed("JSESSIONID").getValue();
        signIn("citizen@demo.anquan", DEMO_PASSWORD);
        Browsers.awaitUrl(browser, "/account/");
        assertThat(browser.findElement(By.id("displayName")).getText()).isEqualTo("演示公众用户");
        assertThat(browser.findElement(By.id("roles")).getText()).contains("公众用户");
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);

        Browsers.clickAndWait(browser, By.id("logout"));
        assertThat(browser.findElements(By.id("login-link"))).isNotEmpty();
        browser.get(RunningStack.base().resolve("account/").toString());
        Browsers.awaitUrl(browser, "/login.xhtml");
    }

    @Test
    void aScopedRoleIsShownWithTheAccount() {
        browser.get(RunningStack.base().resolve("account/").toString());
        Browsers.awaitUrl(browser, "/login.xhtml");
        signIn("centre-admin@demo.anquan", DEMO_PASSWORD);
        Browsers.awaitUrl(browser, "/account/");
        assertThat(browser.findElement(By.id("roles")).getText()).contains("考点管理员");
    }

    @Test
    void registrationExplainsWhatIsWrongInChinese() {
        browser.get(RunningStack.base().resolve("register.xhtml").toString());
        fillRegistration("wrong" + System.nanoTime() + "@example.cn", "", "测试用户", "onlyletterslong", "onlyletterslong");
        assertThat(browser.findElement(By.id("register:messages")).getText()).contains("密码须同时包含字母和数字");

        fillRegistration("wrong" + System.nanoTime() + "@example.cn", "", "测试用户", "abc123abc123", "abc123abc124");
        assertThat(browser.findElement(By.cssSelector("body")).getText()).contains("两次输入的密码不一致");

        fillRegistration("wrong" + System.nanoTime() + "@example.cn", "12345", "测试用户", "abc123abc123", "abc123abc123");
        assertThat(browser.findElement(By.id("register:messages")).getText()).contains("请填写有效的 11 位手机号");

        fillRegistration("citizen@demo.anquan", "", "测试用户", "abc123abc123", "abc123abc123");
        assertThat(browser.findElement(By.id("register:messages")).getText()).contains("该手机号或电子邮箱已注册");
    }

    @Test
    void registrationIsVerifiedByMailThenSignsInByEmailOrMobile() {
        String email = "new" + System.nanoTime() + "@example.cn";
        String mobile = "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
        browser.get(RunningStack.base().resolve("register.xhtml").toString());
        fillRegistration(email, mobile, "新用户", "safety-first-2026", "safety-first-2026");
        assertThat(browser.findElement(By.id("registered")).getText()).contains("注册成功");

        browser.get(RunningStack.base().resolve("login.xhtml").toString());
        signIn(email, "safety-first-2026");
        assertThat(browser.findElement(By.id("login:messages")).getText()).contains("账户尚未验证");

        Mailbox.Mail mail = Mailbox.awaitMailTo(email, "请验证", Duration.ofSeconds(30));
        assertThat(mail.body()).contains("新用户，您好");
        browser.get(mail.link());
        assertThat(browser.findElement(By.id("verified")).getText()).contains("账户已验证");
        browser.get(mail.link());
        assertThat(browser.findElement(By.id("invalid")).getText()).contains("链接无效或已过期");

        browser.get(RunningStack.base().resolve("login.xhtml").toString());
        signIn(mobile, "safety-first-2026");
        Browsers.awaitUrl(browser, "/account/");
        assertThat(browser.findElement(By.id("displayName")).getText()).isEqualTo("新用户");
    }

    @Test
    void forgottenPasswordIsResetThroughAMailedLink() {
        String email = "reset" + System.nanoTime() + "@example.cn";
        browser.get(RunningStack.base().resolve("register.xhtml").toString());
        fillRegistration(email, "", "忘记密码的人", "old-password-2026", "old-password-2026");
        Mailbox.awaitMailTo(email, "请验证", Duration.ofSeconds(30));

        browser.get(RunningStack.base().resolve("forgot.xhtml").toString());
        browser.findElement(By.id("forgot:name")).sendKeys(email);
        Browsers.clickAndWait(browser, By.id("forgot:submit"));
        assertThat(browser.findElement(By.id("sent")).getText()).contains("重置密码的链接");
        Mailbox.Mail mail = Mailbox.awaitMailTo(email, "重置", Duration.ofSeconds(30));
        assertThat(mail.body()).contains("忘记密码的人，您好", "1 小时");

        browser.get(mail.link());
        browser.findElement(By.id("reset:password")).sendKeys("new-password-2026");
        browser.findElement(By.id("reset:confirmation")).sendKeys("new-password-2026");
        Browsers.clickAndWait(browser, By.id("reset:submit"));
        assertThat(browser.findElement(By.id("reset-done")).getText()).contains("新密码已保存");

        browser.get(RunningStack.base().resolve("login.xhtml").toString());
        signIn(email, "old-password-2026");
        assertThat(browser.findElement(By.id("login:messages")).getText()).contains("账号或密码不正确");
        browser.get(RunningStack.base().resolve("login.xhtml").toString());
        signIn(email, "new-password-2026");
        Browsers.awaitUrl(browser, "/account/");
    }

    @Test
    void resetFormDoesNotTellWhetherAnAccountExists() {
        browser.get(RunningStack.base().resolve("forgot.xhtml").toString());
        browser.findElement(By.id("forgot:name")).sendKeys("nobody" + System.nanoTime() + "@example.cn");
        Browsers.clickAndWait(browser, By.id("forgot:submit"));
        assertThat(browser.findElement(By.id("sent")).getText()).contains("如果该账户存在");
    }

    @Test
    void repeatedWrongPasswordsThrottleTheAccount() {
        String login = "throttle" + System.nanoTime() + "@example.cn";
        browser.get(RunningStack.base().resolve("register.xhtml").toString());
        fillRegistration(login, "", "限流测试", "right-password-2026", "right-password-2026");
        assertThat(browser.findElement(By.id("registered")).getText()).contains("注册成功");

        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.get(RunningStack.base().resolve("login.xhtml").toString());
            signIn(login, "wrong-password-" + attempt);
            assertThat(browser.findElement(By.id("login:messages")).getText()).contains("账号或密码不正确");
        }
        browser.get(RunningStack.base().resolve("login.xhtml").toString());
        signIn(login, "wrong-password-5");
        assertThat(browser.findElement(By.id("login:messages")).getText()).contains("登录失败次数过多");

        browser.get(RunningStack.base().resolve("login.xhtml").toString());
        signIn(login, "right-password-2026");
        assertThat(browser.findElement(By.id("login:messages")).getText()).contains("登录失败次数过多");
        assertThat(browser.getCurrentUrl()).doesNotContain("/account/");
    }

    @Test
    void realNameProfileChecksTheIdNumberAndShowsItMasked() throws IOException {
        browser.get(RunningStack.base().resolve("account/profile.xhtml").toString());
        Browsers.awaitUrl(browser, "/login.xhtml");
        // a citizen without a real-name profile yet (the demo candidate has one from the start)
        String login = "profile-" + System.nanoTime() + "@test.anquan";
        Exams.citizen(login, "王小明");
        signIn(login, DEMO_PASSWORD);
        browser.get(RunningStack.base().resolve("account/profile.xhtml").toString());

        fillProfile("王小明", "110105194912310021");
        assertThat(browser.findElement(By.id("profile")).getText()).contains("校验位不正确");
        assertThat(browser.findElements(By.id("stored"))).as("nothing saved").isEmpty();

        fillProfile("王小明", "11010519491231002x");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("实名信息已保存");
        assertThat(browser.findElement(By.id("stored-id")).getText()).isEqualTo("110105********002X");
        assertThat(browser.getPageSource()).doesNotContain("11010519491231002");

        Path notAPicture = Files.createTempFile("photo", ".png");
        Files.writeString(notAPicture, "<svg onload=alert(1)>");
        browser.findElement(By.id("photo:file")).sendKeys(notAPicture.toString());
        Browsers.clickAndWait(browser, By.id("photo:upload"));
        assertThat(browser.findElement(By.id("photo")).getText()).contains("请选择 JPG 或 PNG 格式的照片");

        Path picture = Files.createTempFile("photo", ".png");
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", picture.toFile());
        browser.findElement(By.id("photo:file")).sendKeys(picture.toString());
        Browsers.clickAndWait(browser, By.id("photo:upload"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("照片已保存");
        Boolean loaded = (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const img = document.getElementById('photo-image'); return img.complete && img.naturalWidth > 0;");
        assertThat(loaded).isTrue();
        assertThat(Http.get("account/photo").statusCode()).as("anonymous").isEqualTo(302);
    }

    /** Markup and script that must stay text wherever a visitor's input is shown again. */
    static final List<String> XSS = List.of(
            "<script>window.__xss=1</script>",
            "\"><img src=x onerror=\"window.__xss=1\">",
            "<svg onload=window.__xss=1>",
            "javascript:window.__xss=1//",
            "'';!--\"<XSS>=&{()}");

    @Test
    void hostileTextStaysTextInEveryFieldThatIsShownAgain() {
        for (String payload : XSS) {
            browser.manage().deleteAllCookies();
            String email = "xss" + System.nanoTime() + "@example.cn";
            browser.get(RunningStack.base().resolve("register.xhtml").toString());
            fillRegistration(email, "", payload, "xss-test-2026", "xss-test-2026");
            browser.get(Mailbox.awaitMailTo(email, "请验证", Duration.ofSeconds(30)).link());
            browser.get(RunningStack.base().resolve("login.xhtml").toString());
            signIn(email, "xss-test-2026");
            Browsers.awaitUrl(browser, "/account/");
            assertThat(browser.findElement(By.id("displayName")).getText()).isEqualTo(payload);
            assertInert(payload);

            browser.get(RunningStack.base().resolve("account/profile.xhtml").toString());
            fillProfile(payload, "110105194912310021");
            assertInert(payload);

            browser.get(RunningStack.base().resolve("laws/?q=" + Http.encode(payload)).toString());
            assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(payload);
            assertInert(payload);
        }
        browser.manage().deleteAllCookies();
        browser.get(RunningStack.base().resolve("admin/accounts.xhtml").toString());
        signIn("admin@demo.anquan", DEMO_PASSWORD);
        browser.get(RunningStack.base().resolve("admin/accounts.xhtml").toString());
        browser.findElement(By.id("accounts:text")).sendKeys("xss");
        browser.findElement(By.id("accounts:search")).click();
        Browsers.awaitText(browser, By.id("accounts:table"), "window.__xss");
        assertInert("admin list");
    }

    private static void assertInert(String payload) {
        Object flag = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : window.__xss;");
        assertThat(flag).as("script ran for " + payload + " on " + browser.getCurrentUrl()).isNull();
    }

    @Test
    void administratorLocksAnAccountAndChecksTheAuditChain() {
        String email = "locked" + System.nanoTime() + "@example.cn";
        browser.get(RunningStack.base().resolve("register.xhtml").toString());
        fillRegistration(email, "", "将被锁定", "lock-test-2026", "lock-test-2026");
        browser.get(Mailbox.awaitMailTo(email, "请验证", Duration.ofSeconds(30)).link());

        browser.get(RunningStack.base().resolve("admin/accounts.xhtml").toString());
        signIn("citizen@demo.anquan", DEMO_PASSWORD);
        browser.get(RunningStack.base().resolve("admin/accounts.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("a citizen sees no administration").isEqualTo("页面不存在");

        browser.manage().deleteAllCookies();
        browser.get(RunningStack.base().resolve("admin/accounts.xhtml").toString());
        signIn("admin@demo.anquan", DEMO_PASSWORD);
        browser.get(RunningStack.base().resolve("admin/accounts.xhtml").toString());
        browser.findElement(By.id("accounts:text")).sendKeys(email);
        browser.findElement(By.id("accounts:search")).click();
        Browsers.awaitText(browser, By.id("accounts:table"), email);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> !driver.findElement(By.id("accounts:table")).getText().contains("admin@demo.anquan"));
        Browsers.clickSettled(browser, By.xpath("//button[@aria-label='锁定 " + email + "']"));
        Browsers.awaitText(browser, By.id("accounts:table"), "已锁定");

        browser.get(RunningStack.base().resolve("admin/organisations.xhtml").toString());
        assertThat(browser.findElement(By.id("organisations:table")).getText())
                .contains("省安全生产考试中心（太原考点）", "演示考点管理员 (考点管理员)", "演示监考员 (监考员)");

        browser.get(RunningStack.base().resolve("admin/audit.xhtml").toString());
        browser.findElement(By.id("audit:check")).click();
        Browsers.awaitText(browser, By.id("audit:messages"), "审计链完整");

        browser.manage().deleteAllCookies();
        browser.get(RunningStack.base().resolve("login.xhtml").toString());
        signIn(email, "lock-test-2026");
        assertThat(browser.findElement(By.id("login:messages")).getText()).contains("已被管理员锁定");
    }

    @Test
    void cookieAuthenticatedApiChangesMustComeFromThisSite() {
        browser.get(RunningStack.base().resolve("login.xhtml").toString());
        signIn("admin@demo.anquan", DEMO_PASSWORD);
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> forged = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri("api/v1/admin/accounts/1/lock"))
                .header("Cookie", "JSESSIONID=" + session).header("Origin", "https://evil.example")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("urn:anquan:problem:cross-site-request");
        HttpResponse<String> sameSite = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri("api/v1/admin/accounts?q=citizen"))
                .header("Cookie", "JSESSIONID=" + session).GET());
        assertThat(sameSite.statusCode()).as("reads need no origin").isEqualTo(200);
    }

    private static void fillProfile(String name, String idNumber) {
        browser.findElement(By.id("profile:realName")).clear();
        browser.findElement(By.id("profile:realName")).sendKeys(name);
        browser.findElement(By.id("profile:idNumber")).clear();
        browser.findElement(By.id("profile:idNumber")).sendKeys(idNumber);
        Browsers.clickAndWait(browser, By.id("profile:save"));
    }

    private static void signIn(String login, String password) {
        browser.findElement(By.id("login:name")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys(password);
        Browsers.clickAndWait(browser, By.id("login:submit"));
    }

    private static void fillRegistration(String email, String mobile, String name, String password,
                                         String confirmation) {
        for (String[] field : new String[][]{{"register:email", email}, {"register:mobile", mobile},
                {"register:displayName", name},
                {"register:password", password}, {"register:confirmation", confirmation}}) {
            browser.findElement(By.id(field[0])).clear();
            browser.findElement(By.id(field[0])).sendKeys(field[1]);
        }
        Browsers.clickAndWait(browser, By.id("register:submit"));
    }
}
