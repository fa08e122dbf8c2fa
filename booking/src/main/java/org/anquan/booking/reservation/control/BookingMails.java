package org.anquan.booking.reservation.control;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The booking module's mails, written from its own texts (Chinese first, English below it in the same mail). */
public final class BookingMails {

    private static final String BUNDLE = "org.anquan.booking.mails";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(org.anquan.booking.base.control.SlotRules.CHINA);

    /** A mail's subject and body. */
    public record Mail(String subject, String body) {
    }

    private BookingMails() {
    }

    public static Mail of(String template, Object... arguments) {
        ResourceBundle chinese = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Instant instant ? WHEN.format(instant) : arguments[i];
        }
        String subject = chinese.getString(template + ".subject") + " / " + english.getString(template + ".subject");
        String body = new MessageFormat(chinese.getString(template + ".body"), Locale.SIMPLIFIED_CHINESE).format(shown)
                + "\n\n----\n\n" + new MessageFormat(english.getString(template + ".body"), Locale.ENGLISH).format(shown);
        return new Mail(subject, body);
    }
}
