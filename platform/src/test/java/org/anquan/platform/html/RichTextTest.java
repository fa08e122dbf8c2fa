package org.anquan.platform.html;

import org.anquan.platform.html.control.RichText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

    @Test
    void keepsFormattingListsAndLinks() {
        String clean = RichText.sanitise("<h2>解读</h2><p><strong>第二十一条</strong>要求：</p><ul><li>建立制度</li></ul>"
                + "<a href=\"https://flk.npc.gov.cn/\">原文</a>");
        assertThat(clean).contains("<h2>解读</h2>", "<strong>第二十一条</strong>", "<li>建立制度</li>",
                "href=\"https://flk.npc.gov.cn/\"", "nofollow", "noopener");
    }

    @Test
    void dropsEverythingThatRunsOrLoads() {
        String clean = RichText.sanitise("<script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">x</a><p onclick=\"alert(4)\" style=\"background:url(x)\">文字</p>"
                + "<iframe src=\"https://evil.example\"></iframe><form action=\"/x\"><input></form>");
        assertThat(clean).doesNotContain("script", "onerror", "javascript:", "onclick", "style", "iframe", "form", "<img")
                .contains("文字");
    }

    @Test
    void treatsNothingAsEmpty() {
        assertThat(RichText.sanitise(null)).isEmpty();
    }
}
