package org.anquan.platform.mail.boundary;

import jakarta.persistence.EntityManager;
import org.anquan.platform.mail.entity.OutgoingMail;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

/** Puts a mail, written from the platform's mail texts in the recipient's language, into the outbox. */
public final class Mails {

    private static final String BUNDLE = "org.anquan.platform.mail.mails";

    private Mails() {
    }

    /** Queues within the caller's transaction: the mail leaves only if the action that causes it commits. */
    public static void queue(EntityManager entityManager, String recipient, String template, Locale locale,
                             Instant now, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String subject = texts.getString(template + ".subject");
        String body = new MessageFormat(texts.getString(template + ".body"), locale).format(arguments);
        entityManager.persist(new OutgoingMail(recipient, subject, body, now));
    }
}
