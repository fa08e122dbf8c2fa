package org.anquan.portal.language;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.anquan.platform.clock.Clocks;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Shows an instant as the portal's users read time: China time, "2026-11-29 14:00" (output only). */
@FacesConverter("anquan.dateTime")
public class ChinaTimeConverter implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.CHINA);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("Output only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value);
    }

    /** Time of day with seconds, for "saved at". */
    @FacesConverter("anquan.time")
    public static class TimeOfDay implements Converter<Instant> {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(Clocks.CHINA);

        @Override
        public Instant getAsObject(FacesContext context, UIComponent component, String value) {
            throw new UnsupportedOperationException("Output only");
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Instant value) {
            return value == null ? "" : TIME.format(value);
        }
    }

    /** Time of day of a session's start or end: "16:30". */
    @FacesConverter("anquan.clock")
    public static class Clock implements Converter<Instant> {

        private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(Clocks.CHINA);

        @Override
        public Instant getAsObject(FacesContext context, UIComponent component, String value) {
            throw new UnsupportedOperationException("Output only");
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Instant value) {
            return value == null ? "" : CLOCK.format(value);
        }
    }

    /** A moment to the second, for records such as the audit trail: "2026-11-29 14:00:05". */
    @FacesConverter("anquan.moment")
    public static class Moment implements Converter<Instant> {

        private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(Clocks.CHINA);

        @Override
        public Instant getAsObject(FacesContext context, UIComponent component, String value) {
            throw new UnsupportedOperationException("Output only");
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Instant value) {
            return value == null ? "" : MOMENT.format(value);
        }
    }

    /** The day of a moment in China: "2026-11-29". */
    @FacesConverter("anquan.date")
    public static class Day implements Converter<Instant> {

        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Clocks.CHINA);

        @Override
        public Instant getAsObject(FacesContext context, UIComponent component, String value) {
            throw new UnsupportedOperationException("Output only");
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Instant value) {
            return value == null ? "" : DAY.format(value);
        }
    }
}
