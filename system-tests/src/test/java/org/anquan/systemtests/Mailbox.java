package org.anquan.systemtests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SMTP server (GreenMail) the portal under test sends to, and what arrived there. */
final class Mailbox {

    private static GreenMail server;

    private Mailbox() {
    }

    private static int port;

    static synchronized void start(int port) {
        if (server == null) {
            Mailbox.port = port;
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            GreenMail started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-smtp-stop"));
        }
    }

    /** The mail server goes away (an outage test); {@link #restart()} brings a fresh one back on the same port. */
    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    static synchronized void restart() {
        start(port);
    }

    private static synchronized MimeMessage[] received() {
        return server == null ? new MimeMessage[0] : server.getReceivedMessages();
    }

    record Mail(String subject, String body) {

        /** The first link to the portal in the body. */
        String link() {
            Matcher matcher = Pattern.compile("https?://\\S+").matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No link in: " + body);
            }
            return matcher.group();
        }
    }

    /** Waits for the newest mail to the address whose subject contains the text (the outbox is sent every few seconds). */
    static Mail awaitMailTo(String address, String subjectPart, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            MimeMessage[] messages = received();
            for (int i = messages.length - 1; i >= 0; i--) {
                try {
                    for (Address recipient : messages[i].getAllRecipients()) {
                        if (recipient.toString().equalsIgnoreCase(address)
                                && messages[i].getSubject().contains(subjectPart)) {
                            return new Mail(messages[i].getSubject(), messages[i].getContent().toString());
                        }
                    }
                } catch (MessagingException | IOException e) {
                    throw new AssertionError("Unreadable mail", e);
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No mail to " + address + " about " + subjectPart + " within " + timeout);
    }
}
