package org.anquan.platform.mail.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anquan.platform.mail.entity.OutgoingMail;

import java.time.Clock;

/**
 * The outbox for other modules, which write their mails from their own texts. A mail is queued within the
 * caller's transaction, so it leaves only if the action that causes it commits; the sender delivers it later and
 * retries while the mail server is away.
 */
@Stateless
public class MailOutbox {

    @PersistenceContext(unitName = "platform")
    EntityManager entityManager;

    @Inject
    Clock clock;

    public void queue(String recipient, String subject, String body) {
        entityManager.persist(new OutgoingMail(recipient, subject, body, clock.instant()));
    }
}
