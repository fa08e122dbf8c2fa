package org.anquan.knowledge.law;

import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.document.entity.DocumentKind;
import org.anquan.knowledge.document.entity.DocumentStatus;
import org.anquan.knowledge.law.control.FolderImport;
import org.anquan.knowledge.law.control.KnownStatutes;
import org.anquan.knowledge.law.control.StatuteFolder;
import org.anquan.knowledge.law.control.StatuteImporter;
import org.anquan.knowledge.law.entity.Relation;
import org.anquan.knowledge.law.entity.RelationKind;
import org.anquan.knowledge.law.entity.Version;
import org.anquan.knowledge.schema.KnowledgeSchema;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing a folder of statutes written for this test into the real MariaDB. */
class StatuteImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private static PersistenceFixture fixture;
    private static FolderImport.Report first;
    private static FolderImport.Report second;
    private static final List<Integer> progress = new ArrayList<>();

    @BeforeAll
    static void importTwice() throws URISyntaxException {
        fixture = PersistenceFixture.migrated(KnowledgeSchema.MODULE, false).withPersistenceUnit("kb");
        StatuteFolder folder = new StatuteFolder(Path.of(StatuteImportTest.class.getResource("/statutes").toURI()));
        StatuteImporter importer = new StatuteImporter(KnownStatutes.builtIn(), LocalDate.now(CLOCK));
        first = FolderImport.run(folder, importer, fixture::inTransaction,
                (done, total, path, outcome, error) -> progress.add(done), CLOCK);
        second = FolderImport.run(folder, importer, fixture::inTransaction, (d, t, p, o, e) -> { }, CLOCK);
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Test
    void reportsTheBrokenFileAndImportsTheRest() {
        assertThat(first.errors()).as("errors").hasSize(1);
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.updated()).isEqualTo(1); // the second version of the act
        assertThat(first.errors()).singleElement().asString().contains("broken/无标题.md").contains("line 1");
        assertThat(progress).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aSecondImportChangesNothing() {
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.created() + second.updated()).isZero();
        long queuedBefore = fixture.inTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM kb_index_outbox").getSingleResult()).longValue());
        assertThat(queuedBefore).isEqualTo(4); // two per act version, one local text, one relation target
    }

    @Test
    void twoFilesOfOneActAreTwoVersionsOfOneDocument() {
        Document act = fixture.inTransaction(em -> em.createNamedQuery(Document.BY_SOURCE_KEY, Document.class)
                .setParameter("key", "中华人民共和国示例安全法").getSingleResult());
        assertThat(act.kind()).isEqualTo(DocumentKind.LAW);
        assertThat(act.status()).isEqualTo(DocumentStatus.IN_FORCE);
        assertThat(act.slug()).isEqualTo("shilianquanfa");
        assertThat(act.names()).contains("示例安全法").contains("示安法");
        assertThat(act.issuingBody()).isEqualTo("全国人民代表大会常务委员会");
        // the current version is the one in force today: the 2024 text, effective 2024-09-01
        assertThat(act.publishedOn()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(act.effectiveOn()).isEqualTo(LocalDate.of(2024, 9, 1));
        List<Version> versions = fixture.inTransaction(em -> {
            List<Version> all = em.createNamedQuery(Version.OF_DOCUMENT, Version.class)
                    .setParameter("document", act.id()).getResultList();
            all.forEach(version -> version.nodes().size());
            return all;
        });
        assertThat(versions).extracting(Version::label).containsExactly("2020-01-01", "2024-06-01");
        assertThat(versions).extracting(Version::articleCount).containsExactly(6, 5);
        assertThat(versions.get(0).effectiveOn()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(versions.get(0).nodes()).extracting(node -> node.anchor()).contains("ch-2-sec-1", "art-4-1");
    }

    @Test
    void aLocalTextKnowsItsPlaceAndWhatItImplements() {
        Document local = fixture.inTransaction(em -> em.createNamedQuery(Document.BY_SOURCE_KEY, Document.class)
                .setParameter("key", "东海市示例安全条例").getSingleResult());
        assertThat(local.kind()).isEqualTo(DocumentKind.LOCAL_REGULATION);
        assertThat(local.region()).isEqualTo("东海");
        assertThat(local.locality()).isEqualTo("东海");
        assertThat(local.issuingBody()).isEqualTo("东海市人民代表大会常务委员会");
        assertThat(local.publishedOn()).isEqualTo(LocalDate.of(2019, 5, 20));
        List<Relation> relations = fixture.inTransaction(em -> em.createNamedQuery(Relation.OF_DOCUMENT,
                Relation.class).setParameter("document", local.id()).getResultList());
        assertThat(relations).singleElement().extracting(Relation::kind).isEqualTo(RelationKind.IMPLEMENTS);
    }
}
