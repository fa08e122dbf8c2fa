package org.anquan.knowledge.search.control;

import org.anquan.knowledge.schema.KnowledgeSchema;
import org.anquan.platform.testing.Claimers;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances' indexers at the same moment on one outbox: every queued change taken once, none left. */
class IndexOutboxPersistenceTest {

    private static PersistenceFixture fixture;

    @BeforeAll
    static void migrate() {
        fixture = PersistenceFixture.migrated(KnowledgeSchema.MODULE, false).withPersistenceUnit("kb");
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Test
    void twoIndexersSideBySideTakeEveryQueuedChangeOnce() throws Exception {
        int changes = 257;
        fixture.run(em -> {
            for (int i = 0; i < changes; i++) {
                IndexOutbox.queue(em, i % 3 == 0 ? IndexOutbox.QUESTION : IndexOutbox.DOCUMENT, 1_000 + i, Instant.now());
            }
        });
        List<List<Long>> taken = Claimers.sideBySide(2, () -> fixture.inTransaction(em -> {
            List<IndexOutbox.Entry> claimed = IndexOutbox.claim(em, 10);
            IndexOutbox.done(em, claimed);
            return claimed.stream().map(IndexOutbox.Entry::entityId).toList();
        }));

        assertThat(Claimers.all(taken)).hasSize(changes).doesNotHaveDuplicates();
        assertThat(fixture.<Long>inTransaction(IndexOutbox::backlog)).isZero();
    }
}
