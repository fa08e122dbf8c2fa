package org.anquan.platform.mail.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anquan.platform.mail.entity.OutgoingMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what waits in the outbox, every few seconds. Each run claims due rows with {@code FOR UPDATE SKIP LOCKED}
 * inside its transaction, so another instance running at the same moment takes other rows, never the same.
 * Without a configured SMTP host (the embedded {@code ./anquan run}), mails are written to the server log instead.
 */
@Singleton
// no state changes after configure(): runs may overlap (they claim different rows), and the timer's call of
// sendBatch through the container is not a write-locked loopback
@jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
public class MailSender {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "anquan.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "anquan.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "anquan.mail.from", defaultValue = "no-reply@anquan.localhost")
    String from;

    @Inject
    @ConfigProperty(name = "anquan.mail.from-name", defaultValue = "安全生产宣教实训平台")
    String fromName;

    @Inject
    @ConfigProperty(name = "anquan.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "anquan.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "anquan.mail.starttls", defaultValue = "false")
    boolean startTls;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    private Session session;

    @PostConstruct
    void configure() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElse("localhost"));
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        session = Session.getInstance(properties);
    }

    /**
     * Sends up to one batch of due mails over one SMTP connection (a connection per mail made a backlog of a few
     * thousand booking mails hold up a verification mail for minutes). A server that cannot be reached leaves every
     * mail of the batch for its next attempt.
     */
    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDueOnSchedule() {
        try {
            context.getBusinessObject(MailSender.class).sendBatch();
        } catch (RuntimeException e) {
            // the database away (a restart): a timer that fails twice in a row is cancelled by the container for
            // good, so the failure ends here; the mails wait in the outbox for the next run
            LOG.log(Level.WARNING, "Sending the outbox failed; will retry: {0}", String.valueOf(e.getMessage()));
        }
    }

    /** One batch in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sendBatch() {
        sendDue();
    }

    /** Claims and sends up to one batch in the caller's transaction; returns the ids of the mails sent. */
    List<Long> sendDue() {
        Instant now = clock.instant();
        List<OutgoingMail> due = claimDue(now);
        List<Long> sent = new java.util.ArrayList<>();
        if (due.isEmpty()) {
            return sent;
        }
        Transport transport = null;
        try {
            transport = connect();
            for (OutgoingMail mail : due) {
                try {
                    deliver(mail, transport);
                    mail.sent(now);
                    sent.add(mail.id());
                } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                    failed(mail, e, now);
                }
            }
        } catch (MessagingException e) {
            due.forEach(mail -> failed(mail, e, now));
        } finally {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
                }
            }
        }
        return sent;
    }

    private void failed(OutgoingMail mail, Exception e, Instant now) {
        mail.failed(e.getMessage(), now);
        LOG.log(Level.WARNING, "Mail {0} to the outbox's recipient not sent (attempt {1}): {2}",
                new Object[]{mail.id(), mail.attempts(), e.getMessage()});
    }

    /** An open connection to the configured SMTP server, or null when mails only go to the log. */
    private Transport connect() throws MessagingException {
        if (host.isEmpty() || host.get().isBlank()) {
            return null;
        }
        Transport transport = session.getTransport("smtp");
        if (user.isPresent()) {
            transport.connect(user.get(), password.orElse(""));
        } else {
            transport.connect();
        }
        return transport;
    }

    @SuppressWarnings("unchecked")
    private List<OutgoingMail> claimDue(Instant now) {
        return entityManager.createNativeQuery("""
                        SELECT * FROM platform_mail_outbox
                        WHERE sent_at IS NULL AND next_attempt_at <= ?
                        ORDER BY id LIMIT %d
                        FOR UPDATE SKIP LOCKED""".formatted(BATCH), OutgoingMail.class)
                .setParameter(1, now)
                .getResultList();
    }

    private void deliver(OutgoingMail mail, Transport transport) throws MessagingException, UnsupportedEncodingException {
        if (transport == null) {
            LOG.log(Level.INFO, "Mail delivery is not configured (anquan.mail.host); mail to {0}:\n{1}\n\n{2}",
                    new Object[]{mail.recipient(), mail.subject(), mail.body()});
            return;
        }
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, fromName, "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
    }
}
