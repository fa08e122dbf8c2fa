package org.anquan.portal.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void readsOnlyKnownCodes() {
        assertThat(Languages.fromCode("en")).contains(Languages.EN);
        assertThat(Languages.fromCode(" ZH ")).contains(Languages.ZH);
        assertThat(Languages.fromCode("fr")).isEmpty();
        assertThat(Languages.fromCode("<script>")).isEmpty();
        assertThat(Languages.fromCode(null)).isEmpty();
    }

    @Test
    void picksTheFirstSupportedAcceptLanguageAndDefaultsToChinese() {
        assertThat(Languages.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo(Languages.EN);
        assertThat(Languages.fromAcceptLanguage("fr-FR,zh-CN;q=0.8,en;q=0.5")).isEqualTo(Languages.ZH);
        assertThat(Languages.fromAcceptLanguage("de")).isEqualTo(Languages.ZH);
        assertThat(Languages.fromAcceptLanguage(null)).isEqualTo(Languages.ZH);
        assertThat(Languages.fromAcceptLanguage(";;;q=x")).isEqualTo(Languages.ZH);
    }

    @Test
    void languageSwitchReturnsOnlyToPagesOfThisSite() {
        assertThat(LanguageServlet.safeReturnPath("/laws/?q=%E6%B6%88%E9%98%B2", "")).isEqualTo("/laws/?q=%E6%B6%88%E9%98%B2");
        assertThat(LanguageServlet.safeReturnPath("https://evil.example/", "")).isEqualTo("/");
        assertThat(LanguageServlet.safeReturnPath("//evil.example/", "")).isEqualTo("/");
        assertThat(LanguageServlet.safeReturnPath("/\\evil.example", "")).isEqualTo("/");
        assertThat(LanguageServlet.safeReturnPath("/a\r\nSet-Cookie: x=y", "")).isEqualTo("/");
        assertThat(LanguageServlet.safeReturnPath(null, "/portal")).isEqualTo("/portal/");
    }
}
