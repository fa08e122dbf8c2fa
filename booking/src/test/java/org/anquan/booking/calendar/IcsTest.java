package org.anquan.booking.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.anquan.booking.calendar.control.Ics;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IcsTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void writesUtcTimesThatParseBackToChinaTime() throws Exception {
        Instant start = Instant.parse("2026-11-03T02:00:00Z");
        String text = Ics.write("地震体验屋", List.of(new Ics.Entry("slot-7@anquan", start, start.plusSeconds(1800),
                "地震体验屋 · 已约 12/20 人", "体验基地, 太原", null, "https://example.org/events/event.xhtml?id=1",
                "CONFIRMED")), Instant.parse("2026-11-01T00:00:00Z"));

        assertThat(text).contains("X-WR-TIMEZONE:Asia/Shanghai", "DTSTART:20261103T020000Z",
                "UID:slot-7@anquan", "STATUS:CONFIRMED", "DTSTAMP:20261101T000000Z", "\r\n");
        Calendar parsed = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        DtStart<Temporal> dtStart = events.get(0).getDateTimeStart();
        ZonedDateTime parsedStart = ZonedDateTime.from(dtStart.getDate());
        assertThat(parsedStart.toInstant()).isEqualTo(start);
        assertThat(parsedStart.withZoneSameInstant(CHINA).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("地震体验屋 · 已约 12/20 人");
    }

    @Test
    void aJuneSessionParsesBackAtItsChinaTime() throws Exception {
        Instant start = Instant.parse("2027-06-10T06:00:00Z");
        String text = Ics.write("月", List.of(new Ics.Entry("session-3@anquan", start, start.plusSeconds(9000), "公开课",
                null, null, null, "TENTATIVE")), Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(text).contains("DTSTART:20270610T060000Z").doesNotContain("DAYLIGHT");
        assertThat(text.split("DTSTAMP", -1)).as("one DTSTAMP per event").hasSize(2);
        VEvent event = new CalendarBuilder().build(new StringReader(text)).<VEvent>getComponents("VEVENT").get(0);
        ZonedDateTime parsed = ZonedDateTime.from(event.getDateTimeStart().getDate());
        assertThat(parsed.toInstant()).isEqualTo(start);
        assertThat(parsed.withZoneSameInstant(CHINA).toLocalTime()).isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    void anEmptyCalendarIsStillValid() throws Exception {
        String text = Ics.write("空", List.of(), Instant.parse("2026-11-01T00:00:00Z"));
        Calendar parsed = new CalendarBuilder().build(new StringReader(text));
        assertThat(parsed.getComponents("VEVENT")).isEmpty();
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0", "X-WR-CALNAME:空");
    }
}
