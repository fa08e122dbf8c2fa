package org.anquan.portal.language;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese and English are both complete: no key exists in one language only, and no value is empty. */
class BundleCompletenessTest {

    private static Properties load(String suffix) throws IOException {
        String name = "/org/anquan/portal/i18n/messages" + suffix + ".properties";
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Set<String> base = new TreeSet<>(load("").stringPropertyNames());
        assertThat(new TreeSet<>(load("_zh_CN").stringPropertyNames())).isEqualTo(base);
        assertThat(new TreeSet<>(load("_en").stringPropertyNames())).isEqualTo(base);
    }

    @Test
    void noValueIsBlank() throws IOException {
        for (String suffix : new String[]{"", "_zh_CN", "_en"}) {
            Properties properties = load(suffix);
            assertThat(properties.stringPropertyNames())
                    .allSatisfy(key -> assertThat(properties.getProperty(key)).as(suffix + " " + key).isNotBlank());
        }
    }

    @Test
    void chineseIsTheDefault() throws IOException {
        assertThat(load("").getProperty("general.siteName")).isEqualTo("安全生产宣教实训平台");
        assertThat(Texts.format(Languages.EN, "general.siteName")).isEqualTo("Work Safety Education and Training Portal");
        assertThat(Texts.format(Languages.ZH, "bases_index.people", 200)).isEqualTo("200 人");
    }
}
