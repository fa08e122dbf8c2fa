package org.anquan.platform.audit;

import org.anquan.platform.account.entity.Account;
import org.anquan.platform.account.entity.Role;
import org.anquan.platform.audit.boundary.AuditChainer;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.boundary.ChainCheck;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.AuditRecord;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.organisation.entity.Organisation;
import org.anquan.platform.organisation.entity.OrganisationKind;
import org.anquan.platform.schema.PlatformSchema;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform persistence unit and the audit chain on a real MariaDB. */
class AuditTrailPersistenceTest {

    private PersistenceFixture fixture;

    @BeforeEach
    void migrate() {
        fixture = PersistenceFixture.migrated(PlatformSchema.MODULE, false).withPersistenceUnit("platform");
    }

    @AfterEach
    void drop() {
        fixture.close();
    }

    private void appendThree() {
        for (String action : new String[]{"account.login", "account.login.failed", "role.granted"}) {
            fixture.run(em -> AuditTrail.append(em, new AuditEntry(Instant.now(), 42L, "张三@example.cn", action,
                    "account", "42", Outcome.SUCCESS, "127.0.0.1", "详情 | with a bar")));
        }
        fixture.run(em -> AuditChainer.chain(em, 500));
    }

    @Test
    void pendingEntriesAreLinkedOnceInTheOrderTheyWereWritten() {
        fixture.run(em -> AuditTrail.append(em, new AuditEntry(Instant.parse("2026-11-29T08:00:00.123456789Z"), null,
                null, "booking.create", null, null, Outcome.SUCCESS, null, null)));
        appendThree();
        assertThat((int) fixture.<Integer>inTransaction(em -> AuditChainer.chain(em, 500))).as("a second chainer").isZero();
        List<AuditRecord> records = fixture.inTransaction(em -> em.createQuery(
                "SELECT r FROM AuditRecord r ORDER BY r.seq", AuditRecord.class).getResultList());
        assertThat(records).extracting(record -> record.entry().action())
                .containsExactly("booking.create", "account.login", "account.login.failed", "role.granted");
        assertThat(records.get(0).entry().occurredAt()).isEqualTo(Instant.parse("2026-11-29T08:00:00.123456Z"));
        assertThat(records.get(0).entry().actor()).isEqualTo("anonymous");
        assertThat(records.get(0).entry().actorId()).isNull();
        ChainCheck check = fixture.inTransaction(AuditTrail::verify);
        assertThat(check.intact()).isTrue();
        assertThat(check.checked()).isEqualTo(4);
    }

    @Test
    void anUntouchedChainIsIntact() {
        appendThree();
        ChainCheck check = fixture.inTransaction(AuditTrail::verify);
        assertThat(check.intact()).isTrue();
        assertThat(check.checked()).isEqualTo(3);
    }

    @Test
    void twoChainersSideBySideLinkEveryEntryOnce() throws Exception {
        for (int i = 0; i < 300; i++) {
            String action = "booking.create." + i;
            fixture.run(em -> AuditTrail.append(em, new AuditEntry(Instant.now(), (long) 1, "甲", action, "booking",
                    null, Outcome.SUCCESS, null, null)));
        }
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.Callable<Integer> chainer = () -> {
            go.await();
            int linked = 0;
            int batch;
            while ((batch = fixture.<Integer>inTransaction(em -> AuditChainer.chain(em, 20))) > 0) {
                linked += batch;
            }
            return linked;
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var first = pool.submit(chainer);
        var second = pool.submit(chainer);
        go.countDown();
        assertThat(first.get() + second.get()).as("linked by the two").isEqualTo(300);
        pool.shutdown();
        List<String> actions = fixture.inTransaction(em -> em.createQuery(
                "SELECT r.action FROM AuditRecord r ORDER BY r.seq", String.class).getResultList());
        assertThat(actions).hasSize(300).doesNotHaveDuplicates();
        assertThat(fixture.inTransaction(AuditTrail::verify).intact()).isTrue();
    }

    @Test
    void detectsARecordAlteredInTheDatabase() throws SQLException {
        appendThree();
        execute("UPDATE platform_audit_record SET outcome = 'FAILURE' WHERE seq = 2");
        ChainCheck check = fixture.inTransaction(AuditTrail::verify);
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void detectsARemovedRecord() throws SQLException {
        appendThree();
        execute("DELETE FROM platform_audit_record WHERE seq = 2");
        assertThat(fixture.inTransaction(AuditTrail::verify).firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void detectsTheLastRecordRemoved() throws SQLException {
        appendThree();
        execute("DELETE FROM platform_audit_record WHERE seq = 3");
        assertThat(fixture.inTransaction(AuditTrail::verify).firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void accountsKeepTheirScopedRoles() {
        long organisation = fixture.inTransaction(em -> {
            Organisation centre = new Organisation("KD-TEST", "测试考点", OrganisationKind.EXAM_CENTRE, "杭州市");
            em.persist(centre);
            return centre.id();
        });
        long id = fixture.inTransaction(em -> {
            Account account = new Account("admin@centre.cn", null, "hash", "考点管理员", Instant.now());
            account.grant(Role.CENTRE_ADMIN, organisation);
            em.persist(account);
            return account.id();
        });
        Account read = fixture.inTransaction(em -> {
            Account account = em.find(Account.class, id);
            account.roles();
            return account;
        });
        assertThat(read.holds(Role.CENTRE_ADMIN, organisation)).isTrue();
        assertThat(read.roles()).containsExactlyInAnyOrder(Role.CITIZEN, Role.CENTRE_ADMIN);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = fixture.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
