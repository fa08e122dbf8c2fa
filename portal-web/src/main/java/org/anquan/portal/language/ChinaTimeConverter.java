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
}
