package org.anquan.knowledge.document;

import jakarta.persistence.PersistenceException;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.document.entity.DocumentKind;
import org.anquan.knowledge.document.entity.DocumentStatus;
import org.anquan.knowledge.schema.KnowledgeSchema;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kb persistence unit against the migrated schema of a real MariaDB. */
class KnowledgePersistenceTest {

    private static PersistenceFixture fixture;

    @BeforeAll
    static void migrateAndValidate() {
        // hbm2ddl=validate: booting fails if any mapping does not fit the migrated tables
        fixture = PersistenceFixture.migrated(KnowledgeSchema.MODULE, true).withPersistenceUnit("kb");
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Test
    void demoCatalogueIsLoadedInRankOrder() {
        List<Document> documents = fixture.inTransaction(em ->
                em.createNamedQuery(Document.ALL_BY_RANK, Document.class).getResultList());
        assertThat(documents).filteredOn(document -> !document.slug().startsWith("test-")).hasSize(8);
        assertThat(documents.get(0).kind()).isEqualTo(DocumentKind.LAW);
        assertThat(documents).extracting(Document::title).contains("中华人民共和国安全生产法");
    }

    @Test
    void savesAndReadsBackChineseText() {
        Document saved = fixture.inTransaction(em -> {
            Document document = new Document("test-roundtrip", "测试用《安全条例》", DocumentKind.LOCAL_REGULATION,
                    DocumentStatus.NOT_YET_IN_FORCE)
                    .describe("测试条例", "测试〔2026〕1号", "某省人大常委会", "高处作业必须系好安全带。")
                    .dated(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 1));
            em.persist(document);
            return document;
        });
        Document read = fixture.inTransaction(em -> em.find(Document.class, saved.id()));
        assertThat(read.title()).isEqualTo("测试用《安全条例》");
        assertThat(read.summary()).isEqualTo("高处作业必须系好安全带。");
        assertThat(read.inForceOn(LocalDate.of(2027, 6, 1))).isFalse();
    }

    @Test
    void slugsAreUnique() {
        assertThatThrownBy(() -> fixture.run(em -> {
            em.persist(new Document("work-safety-law", "重复", DocumentKind.LAW, DocumentStatus.IN_FORCE));
            em.flush();
        })).isInstanceOf(PersistenceException.class);
    }
}
