package org.anquan.portal.language;

import jakarta.faces.convert.FacesConverter;

/** Shows an instant as the portal's users read time: China time, "2026-11-29 14:00" (output only). */
@FacesConverter("anquan.dateTime")
public class ChinaTimeConverter extends ChinaTimeFormat {

    public ChinaTimeConverter() {
        super("yyyy-MM-dd HH:mm");
    }

    /** Time of day with seconds, for "saved at". */
    @FacesConverter("anquan.time")
    public static final class TimeOfDay extends ChinaTimeFormat {
        public TimeOfDay() {
            super("HH:mm:ss");
        }
    }

    /** Time of day of a session's start or end: "16:30". */
    @FacesConverter("anquan.clock")
    public static final class Clock extends ChinaTimeFormat {
        public Clock() {
            super("HH:mm");
        }
    }

    /** A moment to the second, for records such as the audit trail: "2026-11-29 14:00:05". */
    @FacesConverter("anquan.moment")
    public static final class Moment extends ChinaTimeFormat {
        public Moment() {
            super("yyyy-MM-dd HH:mm:ss");
        }
    }

    /** The day of a moment in China: "2026-11-29". */
    @FacesConverter("anquan.date")
    public static final class Day extends ChinaTimeFormat {
        public Day() {
            super("yyyy-MM-dd");
        }
    }
}
