package org.anquan.exam.practice;

import jakarta.persistence.EntityManager;
import org.anquan.exam.bank.control.BankPool;
import org.anquan.exam.bank.entity.Item;
import org.anquan.exam.bank.entity.ItemContent;
import org.anquan.exam.bank.entity.KnowledgePoint;
import org.anquan.exam.bank.entity.Subject;
import org.anquan.exam.bank.entity.SubjectCategory;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.paper.control.PoolItem;
import org.anquan.exam.practice.boundary.Practice;
import org.anquan.exam.practice.boundary.PracticeFeedback;
import org.anquan.exam.practice.boundary.PracticePaper;
import org.anquan.exam.practice.boundary.PracticeQuestion;
import org.anquan.exam.practice.boundary.PracticeSubject;
import org.anquan.exam.practice.boundary.PracticeWiring;
import org.anquan.exam.schema.ExamSchema;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Practice on a real MariaDB with the real migrations: papers from the practice pool only and without answers,
 * answers checked all-or-nothing, exam items neither shown nor checked, and the exam pool without practice items.
 */
class PracticeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final List<String> CHOICES = List.of("甲", "乙", "丙", "丁");
    private static PersistenceFixture fixture;
    private static long subject;
    private static long smallSubject;
    private static long emptySubject;
    /** Current version id → what the item says, for the practice items of {@link #subject}. */
    private static final Map<Long, ItemContent> PRACTICE = new HashMap<>();
    private static final List<Long> EXAM_ITEMS = new ArrayList<>();
    private static final List<Long> EXAM_VERSIONS = new ArrayList<>();
    private static long retiredPracticeVersion;
    private static long multipleVersion;
    private static long singleVersion;

    @BeforeAll
    static void bank() {
        fixture = PersistenceFixture.migrated(ExamSchema.MODULE, false).withPersistenceUnit("exam");
        fixture.run(em -> {
            subject = subject(em, "PRACTICE-A");
            long point = point(em, subject);
            for (int i = 0; i < 4; i++) {
                practice(em, subject, content(ItemType.JUDGEMENT, point, "判断 " + i, Set.of(i % 2)));
                singleVersion = practice(em, subject, content(ItemType.SINGLE_CHOICE, point, "单选 " + i, Set.of(2)));
            }
            for (int i = 0; i < 3; i++) {
                multipleVersion = practice(em, subject, content(ItemType.MULTIPLE_CHOICE, point, "多选 " + i,
                        Set.of(0, 2)));
            }
            Item retired = item(em, subject, content(ItemType.JUDGEMENT, point, "停用的练习题", Set.of(0)));
            retired.openToPractice(NOW);
            retired.retire(NOW);
            retiredPracticeVersion = retired.current().id();
            for (int i = 0; i < 6; i++) {
                Item exam = item(em, subject, content(ItemType.SINGLE_CHOICE, point, "考试题 " + i, Set.of(1)));
                EXAM_ITEMS.add(exam.id());
                EXAM_VERSIONS.add(exam.current().id());
            }

            smallSubject = subject(em, "PRACTICE-SMALL");
            long smallPoint = point(em, smallSubject);
            for (int i = 0; i < Practice.MIN_QUESTIONS - 1; i++) {
                item(em, smallSubject, content(ItemType.JUDGEMENT, smallPoint, "少量 " + i, Set.of(0)))
                        .openToPractice(NOW);
            }
            emptySubject = subject(em, "PRACTICE-NONE");
        });
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Test
    void onlySubjectsWithEnoughActivePracticeQuestionsAreOffered() {
        List<PracticeSubject> subjects = practice(Practice::subjects);
        assertThat(subjects).singleElement().satisfies(offered -> {
            assertThat(offered.id()).isEqualTo(subject);
            assertThat(offered.name()).isEqualTo("科目 PRACTICE-A");
            assertThat(offered.count()).as("active practice items; the retired one and exam items do not count")
                    .isEqualTo(PRACTICE.size()).isEqualTo(11);
        });
    }

    @Test
    void aPaperHoldsPracticeQuestionsInTheirOwnOrderAndNothingThatTellsTheAnswer() {
        assertThat(Arrays.stream(PracticeQuestion.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("versionId", "type", "stem", "options");

        PracticePaper paper = practice(p -> p.paper(subject, 10));
        assertThat(paper.subjectId()).isEqualTo(subject);
        assertThat(paper.questions()).hasSize(10);
        assertThat(paper.questions()).extracting(PracticeQuestion::versionId).doesNotHaveDuplicates()
                .allMatch(PRACTICE::containsKey).doesNotContain(retiredPracticeVersion)
                .doesNotContainAnyElementsOf(EXAM_VERSIONS);
        assertThat(paper.questions()).extracting(PracticeQuestion::type).contains(ItemType.values());
        assertThat(paper.questions()).allSatisfy(question -> {
            ItemContent own = PRACTICE.get(question.versionId());
            assertThat(question.stem()).isEqualTo(own.stem());
            assertThat(question.options()).containsExactlyElementsOf(own.options());
        });

        assertThat(practice(p -> p.paper(subject, Practice.MAX_QUESTIONS)).questions())
                .as("a pool smaller than the count gives all it has").hasSize(11);
    }

    @Test
    void aPaperOutsideTheLimitsOrOfASubjectWithoutPracticePoolIsRefused() {
        for (int count : new int[]{Practice.MIN_QUESTIONS - 1, Practice.MAX_QUESTIONS + 1}) {
            assertThatThrownBy(() -> practice(p -> p.paper(subject, count))).isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("practice.countOutOfRange");
        }
        for (long unknown : new long[]{smallSubject, emptySubject, Long.MAX_VALUE}) {
            assertThatThrownBy(() -> practice(p -> p.paper(unknown, 10))).isInstanceOf(UnknownEntityException.class);
        }
    }

    @Test
    void anExamQuestionIsUnknownToPractice() {
        for (long examVersion : EXAM_VERSIONS) {
            assertThatThrownBy(() -> practice(p -> p.check(examVersion, Set.of(1))))
                    .isInstanceOf(UnknownEntityException.class);
        }
        assertThatThrownBy(() -> practice(p -> p.check(Long.MAX_VALUE, Set.of(0))))
                .isInstanceOf(UnknownEntityException.class);
    }

    @Test
    void anAnswerIsRightOnlyWhenItIsExactlyTheCorrectOptions() {
        PracticeFeedback part = practice(p -> p.check(multipleVersion, Set.of(0)));
        assertThat(part.correct()).isFalse();
        assertThat(part.correctOptions()).containsExactly(0, 2);
        assertThat(part.explanation()).isEqualTo("解析");
        assertThat(part.legalBasis()).isEqualTo("work-safety-law#art-28");

        assertThat(practice(p -> p.check(multipleVersion, Set.of(0, 2))).correct()).isTrue();
        assertThat(practice(p -> p.check(multipleVersion, Set.of(0, 1, 2))).correct()).isFalse();
        assertThat(practice(p -> p.check(multipleVersion, Set.of())).correct()).isFalse();
        assertThat(practice(p -> p.check(multipleVersion, null)).correct()).isFalse();
        assertThat(practice(p -> p.check(singleVersion, Set.of(2))).correct()).isTrue();
        PracticeFeedback wrong = practice(p -> p.check(singleVersion, Set.of(1)));
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.correctOptions()).containsExactly(2);
    }

    @Test
    void anAnswerNamingNoOptionOfTheQuestionIsRefused() {
        Set<Integer> withNull = new HashSet<>();
        withNull.add(null);
        for (Set<Integer> chosen : List.of(Set.of(CHOICES.size()), Set.of(-1), withNull)) {
            assertThatThrownBy(() -> practice(p -> p.check(singleVersion, chosen)))
                    .isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("practice.noSuchOption");
        }
        assertThatThrownBy(() -> practice(p -> p.check(singleVersion, Set.of(1, 2))))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("practice.oneChoiceOnly");
    }

    @Test
    void theExamPoolLeavesOutPracticeQuestions() {
        List<PoolItem> pool = fixture.inTransaction(em -> BankPool.of(em, subject));
        assertThat(pool).extracting(PoolItem::itemId).containsExactlyInAnyOrderElementsOf(EXAM_ITEMS);
        assertThat(pool).extracting(PoolItem::versionId).doesNotContainAnyElementsOf(PRACTICE.keySet());

        // an exam item opened to practice leaves the exam pool at once
        fixture.run(em -> {
            em.find(Item.class, EXAM_ITEMS.get(0)).openToPractice(NOW);
            em.flush();
            assertThat(BankPool.of(em, subject)).extracting(PoolItem::itemId).doesNotContain(EXAM_ITEMS.get(0))
                    .hasSize(EXAM_ITEMS.size() - 1);
            em.getTransaction().setRollbackOnly();
        });
    }

    private static <T> T practice(Function<Practice, T> work) {
        return fixture.inTransaction(em -> work.apply(PracticeWiring.wired(em)));
    }

    private static long subject(EntityManager em, String code) {
        Subject created = new Subject(code, "科目 " + code, SubjectCategory.MANAGEMENT);
        em.persist(created);
        em.flush();
        return created.id();
    }

    private static long point(EntityManager em, long subjectId) {
        KnowledgePoint point = new KnowledgePoint(subjectId, "KP", "知识点");
        em.persist(point);
        em.flush();
        return point.id();
    }

    private static ItemContent content(ItemType type, long point, String stem, Set<Integer> correct) {
        return new ItemContent(type, point, 2, stem, type == ItemType.JUDGEMENT ? List.of("正确", "错误") : CHOICES,
                correct, "解析", "work-safety-law#art-28");
    }

    /** An active item of the subject. */
    private static Item item(EntityManager em, long subjectId, ItemContent content) {
        Item item = new Item(subjectId, NOW);
        em.persist(item);
        em.flush();
        item.write(content, NOW);
        item.review(NOW);
        item.activate(NOW);
        em.flush();
        return item;
    }

    /** An active practice item; its current version id. */
    private static long practice(EntityManager em, long subjectId, ItemContent content) {
        Item item = item(em, subjectId, content);
        item.openToPractice(NOW);
        long version = item.current().id();
        PRACTICE.put(version, content);
        return version;
    }
}
