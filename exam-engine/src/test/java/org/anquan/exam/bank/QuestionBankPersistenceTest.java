package org.anquan.exam.bank;

import jakarta.persistence.PersistenceException;
import org.anquan.exam.bank.control.BankPool;
import org.anquan.exam.bank.entity.Item;
import org.anquan.exam.bank.entity.ItemContent;
import org.anquan.exam.bank.entity.ItemStatus;
import org.anquan.exam.bank.entity.ItemVersion;
import org.anquan.exam.bank.entity.KnowledgePoint;
import org.anquan.exam.bank.entity.Subject;
import org.anquan.exam.bank.entity.SubjectCategory;
import org.anquan.exam.paper.control.Blueprint;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.paper.control.PaperGenerator;
import org.anquan.exam.paper.control.PoolItem;
import org.anquan.exam.schema.ExamSchema;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The question bank's mappings on the migrated schema of a real MariaDB, and a paper from stored items. */
class QuestionBankPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static PersistenceFixture fixture;
    private static long subjectId;

    @BeforeAll
    static void bank() {
        fixture = PersistenceFixture.migrated(ExamSchema.MODULE, false).withPersistenceUnit("exam");
        subjectId = fixture.inTransaction(em -> {
            Subject subject = new Subject("LV-ELEC", "低压电工作业", SubjectCategory.SPECIAL_OPERATION);
            subject.assemble(new Blueprint(List.of(new Blueprint.Section(ItemType.JUDGEMENT, 4, 10),
                    new Blueprint.Section(ItemType.SINGLE_CHOICE, 6, 10)),
                    List.of(new Blueprint.Quota(ItemType.SINGLE_CHOICE, "first-aid", null, 2))));
            em.persist(subject);
            em.flush();
            KnowledgePoint basics = new KnowledgePoint(subject.id(), "basics", "电气安全基础");
            KnowledgePoint firstAid = new KnowledgePoint(subject.id(), "first-aid", "触电急救");
            em.persist(basics);
            em.persist(firstAid);
            em.flush();
            for (int i = 0; i < 12; i++) {
                Item item = new Item(subject.id(), NOW);
                em.persist(item);
                em.flush();
                boolean judgement = i < 5;
                item.write(new ItemContent(judgement ? ItemType.JUDGEMENT : ItemType.SINGLE_CHOICE,
                        i % 3 == 0 ? firstAid.id() : basics.id(), 1 + i % 5, "第 " + i + " 题",
                        judgement ? List.of("正确", "错误") : List.of("甲", "乙", "丙", "丁"), Set.of(i % 2),
                        "说明", "anquanshengchanfa#art-30"), NOW);
                item.review(NOW);
                item.activate(NOW);
            }
            return subject.id();
        });
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Test
    void theBlueprintComesBackAsItWasSet() {
        Blueprint blueprint = fixture.inTransaction(em -> em.find(Subject.class, subjectId).blueprint());
        assertThat(blueprint.totalPoints()).isEqualTo(100);
        assertThat(blueprint.quotas()).singleElement().extracting(Blueprint.Quota::knowledgePoint).isEqualTo("first-aid");
    }

    @Test
    void anEditAddsAVersionAndSendsTheItemBackToReview() {
        fixture.run(em -> {
            Item item = em.createNamedQuery(Item.ACTIVE_OF_SUBJECT, Item.class).setParameter("subject", subjectId)
                    .setMaxResults(1).getSingleResult();
            ItemVersion before = item.current();
            item.write(new ItemContent(before.type(), before.knowledgePointId(), 3, "改过的题干",
                    before.optionList(), before.correctSet(), null, null), NOW);
            em.flush();
            assertThat(item.versions()).extracting(ItemVersion::number).containsExactly(1, 2);
            assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
            em.getTransaction().setRollbackOnly();
        });
    }

    @Test
    void theStoredBankFillsAPaper() {
        List<PoolItem> pool = fixture.inTransaction(em -> BankPool.of(em, subjectId));
        assertThat(pool).hasSize(12);
        Blueprint blueprint = fixture.inTransaction(em -> em.find(Subject.class, subjectId).blueprint());
        assertThat(PaperGenerator.check(blueprint, pool)).isEmpty();
        assertThat(PaperGenerator.generate(blueprint, pool, 7L, Map.of()).totalPoints()).isEqualTo(100);
    }

    @Test
    void refusesContentThatCannotBeAnExamQuestion() {
        assertThatThrownBy(() -> new ItemContent(ItemType.MULTIPLE_CHOICE, 1, 3, "题", List.of("甲", "乙"), Set.of(0),
                null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemContent(ItemType.SINGLE_CHOICE, 1, 6, "题", List.of("甲", "乙"), Set.of(0),
                null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fixture.run(em -> {
            em.persist(new Subject("LV-ELEC", "重复", SubjectCategory.SPECIAL_OPERATION));
            em.flush();
        })).isInstanceOf(PersistenceException.class);
    }
}
