package org.anquan.booking.calendar.control;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.anquan.booking.base.control.SlotRules;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Writes iCalendar text (RFC 5545) with ical4j. Times are written in UTC (DTSTART:20270610T060000Z) and the
 * calendar names Asia/Shanghai as its time zone for display (X-WR-TIMEZONE). Not TZID=Asia/Shanghai with a
 * VTIMEZONE: ical4j 4.1.1 derives zone rules from its bundled Asia/Shanghai definition that apply the summer times
 * of 1986–1991 to summers to come, an hour off from June on, both when it writes and when it parses such times.
 * (ical4j.properties keeps ical4j from fetching zone updates all the same.)
 */
public final class Ics {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    /** One VEVENT, worded already; location, description and url may be null. */
    public record Entry(String uid, Instant startsAt, Instant endsAt, String summary, String location,
                        String description, String url, String status) {
    }

    private Ics() {
    }

    public static String write(String name, List<Entry> entries, Instant stamp) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Anquan//Work safety portal//ZH"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new XProperty("X-WR-CALNAME", name))
                .add(new XProperty("X-WR-TIMEZONE", SlotRules.CHINA.getId()));
        DtStamp dtStamp = new DtStamp(stamp);
        for (Entry entry : entries) {
            VEvent event = new VEvent(entry.startsAt(), entry.endsAt(), entry.summary())
                    .add(new Uid(entry.uid()))
                    .replace(dtStamp)
                    .add(new Status(entry.status()));
            if (entry.location() != null && !entry.location().isBlank()) {
                event.add(new Location(entry.location()));
            }
            if (entry.description() != null && !entry.description().isBlank()) {
                event.add(new Description(entry.description()));
            }
            if (entry.url() != null) {
                event.add(new Url(URI.create(entry.url())));
            }
            calendar.add(event);
        }
        return calendar.toString();
    }
}
