package org.anquan.systemtests;

import jakarta.json.JsonObject;
import org.anquan.devstack.TestServers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages as served (no JavaScript): content, error pages per failure type, and an Elasticsearch outage. */
@SystemTest
class PagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    @Test
    void homePageIsChineseByDefault() {
        HttpResponse<String> home = Http.get("");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html", "lang=\"zh-CN\"", "安全生产宣教实训平台", "法规标准", "考试认证",
                "实训基地与活动", "name=\"viewport\"");
    }

    @Test
    void theFrontDoorShowsWhatIsOnNowInChineseAndEnglish() {
        String home = Http.get("").body();
        // the campaign on now with its newest events (other tests add events to it), each leading to its page
        assertThat(home).contains("正在进行", "三晋安全行", "查看活动并报名", "events/event.xhtml?id=")
                .contains("通知公告", "关于开展冬春季“三晋安全行”安全生产宣传活动的通知", "置顶")
                .doesNotContain("2027 年安全生产月活动预告", "119 消防宣传月社区开放日安排（已结束）")
                .contains("新施行与修订", "起施行", "近期考试（可报名）", "余 ", "科普知识", "最新答复");
        String english = Http.get("", "Cookie", "anquan-lang=en").body();
        assertThat(english).contains("On now", "Notices", "Newly in force or amended", "Exam sessions open for registration",
                "Safety science", "Recently answered").contains("三晋安全行");
        // every panel leads to its own list
        assertThat(Http.get("events/?campaign=3").body()).contains("三晋安全行", "社区消防开放日：家庭火灾逃生演练");
        assertThat(Http.get("notices/").body()).contains("关于开展冬春季“三晋安全行”安全生产宣传活动的通知")
                .doesNotContain("2027 年安全生产月活动预告");
    }

    @Test
    void responsesDoNotNameTheServer() {
        HttpResponse<String> home = Http.get("");
        assertThat(home.headers().firstValue("Server")).as("Server header").isEmpty();
        assertThat(home.headers().firstValue("X-Powered-By")).as("X-Powered-By header").isEmpty();
        assertThat(home.body()).contains("rel=\"icon\"", "status.xhtml");
        assertThat(Http.get("status.xhtml").body()).contains("各项服务运行正常", "数据库", "法规检索")
                .doesNotContain("\"status\":");
        assertThat(Http.get("resources/anquan/img/favicon.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void eachSectionListsItsDemoRows() {
        assertThat(Http.get("laws/").body()).contains("中华人民共和国安全生产法", "现行有效");
        assertThat(Http.get("laws/?kind=NATIONAL_STANDARD").body()).contains("GB 30871-2022")
                .doesNotContain("中华人民共和国安全生产法");
        assertThat(Http.get("exams/").body()).contains("省安全生产考试中心（太原考点）").doesNotContain("晋城市危险化学品作业考点");
        assertThat(Http.get("bases/").body()).contains("矿山救护模拟巷道训练基地", "实训演练基地")
                .doesNotContain("筹建中");
    }

    @Test
    void searchResultsMarkTheMatchAndEscapeTheQuery() {
        HttpResponse<String> page = Http.get("laws/?q=" + Http.encode("动火作业<script>alert(42)</script>"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(42)").contains("&lt;script&gt;alert(42)");
        HttpResponse<String> hit = Http.get("laws/?q=" + Http.encode("动火"));
        assertThat(hit.body()).contains("危险化学品企业特殊作业安全规范", "<mark>动火</mark>");
    }

    @Test
    void overlongQueryIsRefusedWithAMessage() {
        HttpResponse<String> page = Http.get("laws/?q=" + "安".repeat(300));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("检索词不能超过 200 个字符");
    }

    @Test
    void unknownPageShowsTheNotFoundPage() {
        for (String path : new String[]{"no-such-page", "no-such-page.xhtml", "WEB-INF/web.xml"}) {
            HttpResponse<String> page = Http.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("页面不存在").doesNotContain("Caused by", "at org.", "<web-app");
        }
    }

    @Test
    void languageSwitchRemembersTheChoiceAndReturnsToThePage() {
        HttpResponse<String> switched = Http.post("language", "application/x-www-form-urlencoded",
                "lang=en&back=" + Http.encode("/laws/?q=" + Http.encode("消防")));
        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/laws/?q=%E6%B6%88%E9%98%B2"));
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("anquan-lang=en", "Max-Age=", "HttpOnly");

        HttpResponse<String> english = Http.get("laws/", "Cookie", "anquan-lang=en");
        assertThat(english.body()).contains("lang=\"en\"", "Laws &amp; standards", "Work Safety Law".substring(0, 4));

        HttpResponse<String> offsite = Http.post("language", "application/x-www-form-urlencoded",
                "lang=en&back=" + Http.encode("https://evil.example/"));
        assertThat(offsite.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("evil.example"));
    }

    @Test
    void searchOutageIsReportedAndPagesStillRender() {
        try {
            TestServers.stopSearch();

            HttpResponse<String> health = Http.get("health/ready");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(ApiIT.checks(Http.object(health))).contains("database:UP", "search:DOWN");
            // the footer's status page says it in words
            assertThat(Http.get("status.xhtml").body()).contains("部分服务暂时不可用", "法规检索", "暂时不可用",
                    "检索暂时使用简易方式");

            HttpResponse<String> page = Http.get("laws/?q=" + Http.encode("消防"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("全文检索暂时不可用", "中华人民共和国消防法");

            JsonObject api = Http.object(Http.get("api/v1/documents/search?q=" + Http.encode("消防")));
            assertThat(api.getBoolean("degraded")).isTrue();
            assertThat(Http.get("").statusCode()).isEqualTo(200);
        } finally {
            TestServers.search();
        }
        awaitReady(Duration.ofSeconds(90));
        assertThat(Http.object(Http.get("api/v1/documents/search?q=" + Http.encode("消防"))).getBoolean("degraded"))
                .isFalse();
    }

    private static void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Http.get("health/ready").statusCode() != 200) {
            assertThat(Instant.now()).as("search back within " + timeout).isBefore(deadline);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
