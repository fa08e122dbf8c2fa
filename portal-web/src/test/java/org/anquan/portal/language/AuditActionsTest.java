package org.anquan.portal.language;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the modules record in the audit trail has a name in both languages, so that the trail reads
 * "活动签到" rather than "event.checkIn". The codes are read from the sources of all modules.
 */
class AuditActionsTest {

    private static final Pattern CALL = Pattern.compile("(?:audit|AuditEntry|record)\\s*\\(([^;]*?)\\);", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");

    @Test
    void everyRecordedActionHasANameInChineseAndEnglish() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
                    .toList()) {
                Matcher call = CALL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (call.find()) {
                    Matcher code = CODE.matcher(call.group(1));
                    while (code.find()) {
                        codes.add(code.group(1));
                    }
                }
            }
        }
        assertThat(codes).as("recorded actions found in the sources").contains("event.checkIn", "exam.checkIn");
        for (String bundle : new String[]{"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/org/anquan/portal/i18n/" + bundle)) {
                texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(codes).as(bundle).allSatisfy(code ->
                    assertThat(texts.getProperty("audit.action." + code)).as(code).isNotBlank());
        }
    }
}
