package org.anquan.portal.language;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import org.anquan.platform.clock.Clocks;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** An output-only converter of instants to China time in one pattern (the pages' dates and times). */
abstract class ChinaTimeFormat implements Converter<Instant> {

    private final DateTimeFormatter format;

    ChinaTimeFormat(String pattern) {
        format = DateTimeFormatter.ofPattern(pattern).withZone(Clocks.CHINA);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("Output only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : format.format(value);
    }
}
