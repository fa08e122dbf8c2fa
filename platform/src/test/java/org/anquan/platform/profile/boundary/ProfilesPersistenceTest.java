package org.anquan.platform.profile.boundary;

import jakarta.persistence.EntityManager;
import org.anquan.platform.account.entity.Account;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.schema.PlatformSchema;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real-name profiles on a real MariaDB: what is stored, and what is refused. */
class ProfilesPersistenceTest {

    private static final String NUMBER = "11010519491231002X";
    private PersistenceFixture fixture;

    @BeforeEach
    void migrate() {
        fixture = PersistenceFixture.migrated(PlatformSchema.MODULE, false).withPersistenceUnit("platform");
    }

    @AfterEach
    void drop() {
        fixture.close();
    }

    private <T> T withProfiles(Function<Profiles, T> work) {
        return fixture.inTransaction((EntityManager em) -> {
            Profiles profiles = new Profiles();
            profiles.entityManager = em;
            profiles.clock = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
            profiles.fieldKey = Optional.of(Base64.getEncoder().encodeToString("k".repeat(32).getBytes()));
            return work.apply(profiles);
        });
    }

    private long account(String email) {
        return fixture.inTransaction(em -> {
            Account account = new Account(email, null, "hash", "考生", Instant.now());
            em.persist(account);
            return account.id();
        });
    }

    @Test
    void storesTheIdNumberOnlyEncryptedAndShowsItMasked() throws SQLException {
        long id = account("candidate@example.cn");
        ProfileView view = withProfiles(profiles -> profiles.save(id, " 王小明 ", "110105 19491231 002x", "127.0.0.1"));
        assertThat(view.idNumberMasked()).isEqualTo("110105********002X");
        assertThat(view.realName()).isEqualTo("王小明");

        try (Connection connection = fixture.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT * FROM platform_profile")) {
            row.next();
            StringBuilder everything = new StringBuilder();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                everything.append(row.getString(column)).append('|');
            }
            assertThat(everything.toString()).doesNotContain(NUMBER).doesNotContain("19491231002");
        }
    }

    @Test
    void refusesAnInvalidNumberAndSavesNothing() {
        long id = account("wrong@example.cn");
        assertThatThrownBy(() -> withProfiles(profiles -> profiles.save(id, "王小明", "110105194912310021", null)))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("profile.idNumber.CHECK_DIGIT");
        Optional<ProfileView> stored = withProfiles(profiles -> profiles.of(id));
        assertThat(stored).isEmpty();
    }

    @Test
    void oneNumberBelongsToOneAccount() {
        long first = account("first@example.cn");
        long second = account("second@example.cn");
        withProfiles(profiles -> profiles.save(first, "王小明", NUMBER, null));
        assertThatThrownBy(() -> withProfiles(profiles -> profiles.save(second, "王小明", NUMBER, null)))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("profile.idNumberTaken");
        assertThat(withProfiles(profiles -> profiles.save(first, "王小明", NUMBER, null)).realName()).isEqualTo("王小明");
    }
}
