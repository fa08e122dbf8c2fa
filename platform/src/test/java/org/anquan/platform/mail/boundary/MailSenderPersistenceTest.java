package org.anquan.platform.mail.boundary;

import org.anquan.platform.schema.PlatformSchema;
import org.anquan.platform.testing.Claimers;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances' mail senders at the same moment on one outbox: every mail sent once. */
class MailSenderPersistenceTest {

    private static PersistenceFixture fixture;

    @BeforeAll
    static void migrate() {
        fixture = PersistenceFixture.migrated(PlatformSchema.MODULE, false).withPersistenceUnit("platform");
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Test
    void twoSendersSideBySideSendEveryMailOnce() throws Exception {
        int mails = 3 * MailSender.BATCH + 17;
        fixture.run(em -> {
            for (int i = 0; i < mails; i++) {
                em.createNativeQuery("INSERT INTO platform_mail_outbox (recipient, subject, body, created_at, "
                                + "next_attempt_at) VALUES (?, '演练提醒', '明天九点', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")
                        .setParameter(1, "group-" + i + "@example.cn").executeUpdate();
            }
        });
        List<List<Long>> sent = Claimers.sideBySide(2, () -> fixture.inTransaction(em -> {
            MailSender sender = new MailSender();
            sender.entityManager = em;
            sender.clock = Clock.systemUTC();
            sender.host = Optional.empty(); // written to the log: the claiming is what is tested
            return sender.sendDue();
        }));

        assertThat(Claimers.all(sent)).hasSize(mails).doesNotHaveDuplicates();
        assertThat(fixture.<Number>inTransaction(em -> (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM platform_mail_outbox WHERE sent_at IS NOT NULL AND attempts = 1")
                .getSingleResult()).intValue()).as("each mail sent in one attempt").isEqualTo(mails);
    }
}
