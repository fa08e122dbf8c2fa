package org.anquan.portal.organiser;

import org.anquan.portal.language.ChinaTimes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationsCsvServletTest {

    @Test
    void quotesEveryFieldDoublesQuotesAndDefusesFormulas() {
        assertThat(RegistrationsCsvServlet.line(Stream.of("吴活动", "说\"好\"", "=HYPERLINK(1)", null, "-1")))
                .isEqualTo("\"吴活动\",\"说\"\"好\"\"\",\"'=HYPERLINK(1)\",\"\",\"'-1\"\r\n");
    }

    @Test
    void datetimeLocalValuesAreChinaTime() {
        assertThat(ChinaTimes.parse("2027-06-16T09:00")).contains(Instant.parse("2027-06-16T01:00:00Z"));
        assertThat(ChinaTimes.parse("16.06.2027")).isEmpty();
        assertThat(ChinaTimes.parse(" ")).isEmpty();
        assertThat(ChinaTimes.show(Instant.parse("2027-06-16T01:00:00Z"))).isEqualTo("2027-06-16 09:00");
        assertThat(ChinaTimes.show(null)).isEmpty();
    }
}
