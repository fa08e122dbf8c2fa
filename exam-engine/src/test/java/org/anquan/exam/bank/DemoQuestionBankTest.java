package org.anquan.exam.bank;

import org.anquan.exam.bank.control.BankPool;
import org.anquan.exam.bank.entity.ItemContent;
import org.anquan.exam.bank.entity.Subject;
import org.anquan.exam.paper.control.Blueprint;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.paper.control.Paper;
import org.anquan.exam.paper.control.PaperGenerator;
import org.anquan.exam.paper.control.PaperQuestion;
import org.anquan.exam.paper.control.PoolItem;
import org.anquan.exam.schema.ExamSchema;
import org.anquan.platform.testing.PersistenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The demo question bank (db/demo/exam/V2) and practice pool (V4) on a real MariaDB: every item is valid content, cites
 * a known source at an article that exists, the bank fills the demo subject's blueprint with papers that differ from
 * seed to seed, and the practice items stay out of the exam pool.
 */
class DemoQuestionBankTest {

    private static final long SUBJECT = 1L;
    private static final long EMPTY_SUBJECT = 2L;

    /** The sources items may cite, by slug: the statute's title, or null for sources cited without articles. */
    private static final Map<String, String> SOURCES = new HashMap<>();

    static {
        SOURCES.put("work-safety-law", "中华人民共和国安全生产法");
        SOURCES.put("fire-protection-law", "中华人民共和国消防法");
        SOURCES.put("accident-reporting-regulation", "生产安全事故报告和调查处理条例");
        SOURCES.put("hazardous-chemicals-regulation", "危险化学品安全管理条例");
        SOURCES.put("work-injury-insurance-regulation", "工伤保险条例");
        SOURCES.put("special-operations-training-rule", "特种作业人员安全技术培训考核管理规定");
        SOURCES.put("qualification-exam-measures", null);
        SOURCES.put("special-work-safety-code", null);
    }

    private static final Pattern LEGAL_BASIS = Pattern.compile("([a-z-]+)(?:#art-(\\d+)(?:-(\\d+))?)?");

    private static PersistenceFixture fixture;
    private static List<Row> rows;

    /** One item version of the demo subject with its item's status, current version and practice flag. */
    record Row(long itemId, String status, int currentVersion, boolean practice, int number, ItemType type,
               long knowledgePointId, int difficulty, String stem, String options, String correct, String explanation,
               String legalBasis) {

        ItemContent content() {
            return new ItemContent(type, knowledgePointId, difficulty, stem, Arrays.asList(options.split("\n", -1)),
                    Arrays.stream(correct.split(",")).map(Integer::valueOf).collect(Collectors.toSet()), explanation,
                    legalBasis);
        }
    }

    @BeforeAll
    static void migrateWithDemoData() {
        fixture = PersistenceFixture.migrated(ExamSchema.MODULE, true).withPersistenceUnit("exam");
        rows = fixture.inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> result = em.createNativeQuery("""
                            SELECT i.id, i.status, i.current_version, i.practice, v.number, v.type, v.knowledge_point_id,
                                   v.difficulty, v.stem, v.options, v.correct, v.explanation, v.legal_basis
                            FROM exam_item i JOIN exam_item_version v ON v.item_id = i.id
                            WHERE i.subject_id = ?
                            ORDER BY i.id, v.number""")
                    .setParameter(1, SUBJECT).getResultList();
            return result.stream().map(r -> new Row(((Number) r[0]).longValue(), (String) r[1],
                    ((Number) r[2]).intValue(), Boolean.TRUE.equals(r[3]) || r[3] instanceof Number n && n.intValue() != 0,
                    ((Number) r[4]).intValue(),
                    ItemType.valueOf((String) r[5]), ((Number) r[6]).longValue(), ((Number) r[7]).intValue(),
                    (String) r[8], (String) r[9], (String) r[10], (String) r[11], (String) r[12])).toList();
        });
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Test
    void theDemoSubjectHasAtLeast150ActiveItemsOfOneVersionEach() {
        List<Row> exam = rows.stream().filter(row -> !row.practice()).toList();
        assertThat(exam).hasSizeGreaterThanOrEqualTo(150);
        assertThat(rows).extracting(Row::itemId).doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.status()).as("item %d", row.itemId()).isEqualTo("ACTIVE");
            assertThat(row.currentVersion()).as("item %d", row.itemId()).isEqualTo(1);
            assertThat(row.number()).as("item %d", row.itemId()).isEqualTo(1);
        });
        Map<ItemType, Long> byType = exam.stream().collect(Collectors.groupingBy(Row::type, Collectors.counting()));
        assertThat(byType.get(ItemType.JUDGEMENT)).isGreaterThanOrEqualTo(55);
        assertThat(byType.get(ItemType.SINGLE_CHOICE)).isGreaterThanOrEqualTo(60);
        assertThat(byType.get(ItemType.MULTIPLE_CHOICE)).isGreaterThanOrEqualTo(25);
        assertThat(exam).extracting(Row::difficulty).contains(1, 2, 3, 4, 5);

        List<Long> knowledgePoints = fixture.inTransaction(em -> em.createNativeQuery(
                        "SELECT id FROM exam_knowledge_point WHERE subject_id = ? ORDER BY id")
                .setParameter(1, SUBJECT).getResultList().stream().map(id -> ((Number) id).longValue()).toList());
        assertThat(knowledgePoints).hasSizeBetween(8, 10);
        assertThat(exam).extracting(Row::knowledgePointId).containsOnlyElementsOf(knowledgePoints)
                .containsAll(knowledgePoints);
    }

    @Test
    void theDemoPracticePoolHas30ItemsOnEveryKnowledgePointAndNoneReachesAnExamPaper() {
        List<Row> practice = rows.stream().filter(Row::practice).toList();
        assertThat(practice).hasSize(30);
        Map<ItemType, Long> byType = practice.stream()
                .collect(Collectors.groupingBy(Row::type, Collectors.counting()));
        assertThat(byType).containsEntry(ItemType.JUDGEMENT, 10L).containsEntry(ItemType.SINGLE_CHOICE, 15L)
                .containsEntry(ItemType.MULTIPLE_CHOICE, 5L);
        assertThat(practice).extracting(Row::knowledgePointId).containsAll(rows.stream()
                .map(Row::knowledgePointId).distinct().toList());
        assertThat(practice).extracting(Row::legalBasis).anyMatch(basis -> basis.startsWith("fire-protection-law"))
                .anyMatch(basis -> basis.startsWith("work-injury-insurance-regulation"));

        Set<Long> practiceItems = practice.stream().map(Row::itemId).collect(Collectors.toSet());
        List<PoolItem> pool = fixture.inTransaction(em -> BankPool.of(em, SUBJECT));
        assertThat(pool).hasSize(rows.size() - practice.size())
                .extracting(PoolItem::itemId).doesNotContainAnyElementsOf(practiceItems);
    }

    @Test
    void theSecondSubjectIsAnEmptyBankWithoutBlueprint() {
        fixture.run(em -> {
            Subject empty = em.find(Subject.class, EMPTY_SUBJECT);
            assertThat(empty.code()).isEqualTo("ELEC-LV");
            assertThat(empty.blueprint()).isNull();
            assertThat(BankPool.of(em, EMPTY_SUBJECT)).isEmpty();
        });
    }

    @Test
    void everyVersionIsValidContent() {
        assertThat(rows).allSatisfy(row -> {
            ItemContent content = row.content();
            if (row.type() == ItemType.JUDGEMENT) {
                assertThat(content.options()).as("item %d", row.itemId()).containsExactly("正确", "错误");
            }
            assertThat(content.options()).as("item %d", row.itemId()).doesNotHaveDuplicates();
            assertThat(row.explanation()).as("item %d", row.itemId()).isNotBlank();
        });
        assertThat(rows).extracting(Row::stem).doesNotHaveDuplicates();
    }

    @Test
    void everyLegalBasisNamesAKnownSourceWithAnArticleWhereItHasArticles() {
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.legalBasis()).as("item %d", row.itemId()).isNotNull().matches(LEGAL_BASIS);
            Matcher basis = LEGAL_BASIS.matcher(row.legalBasis());
            assertThat(basis.matches()).isTrue();
            assertThat(SOURCES).as("item %d", row.itemId()).containsKey(basis.group(1));
            boolean hasArticles = SOURCES.get(basis.group(1)) != null;
            assertThat(basis.group(2) != null).as("article anchor of item %d", row.itemId()).isEqualTo(hasArticles);
        });
    }

    @Test
    void citedArticlesExistInTheStatutes() throws IOException {
        String laws = System.getProperty("anquan.laws");
        assumeThat(laws != null && Files.isDirectory(Path.of(laws))).as("anquan.laws names the statute folder").isTrue();
        Map<String, String> textByTitle = statutesByTitle(Path.of(laws));
        int checked = 0;
        Set<String> sourcesChecked = new HashSet<>();
        for (Row row : rows) {
            Matcher basis = LEGAL_BASIS.matcher(row.legalBasis());
            assertThat(basis.matches()).isTrue();
            String title = SOURCES.get(basis.group(1));
            if (title == null || basis.group(2) == null || !textByTitle.containsKey(title)) {
                continue;
            }
            int article = Integer.parseInt(basis.group(2));
            assertThat(hasArticle(textByTitle.get(title), article))
                    .as("item %d cites %s, article 第%s条", row.itemId(), title, chinese(article)).isTrue();
            checked++;
            sourcesChecked.add(basis.group(1));
        }
        assertThat(sourcesChecked).contains("work-safety-law", "fire-protection-law", "accident-reporting-regulation",
                "hazardous-chemicals-regulation", "work-injury-insurance-regulation");
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void chineseNumeralsAsTheStatutesWriteThem() {
        assertThat(chinese(5)).isEqualTo("五");
        assertThat(chinese(10)).isEqualTo("十");
        assertThat(chinese(17)).isEqualTo("十七");
        assertThat(chinese(40)).isEqualTo("四十");
        assertThat(chinese(97)).isEqualTo("九十七");
        assertThat(chinese(100)).isEqualTo("一百");
        assertThat(chinese(102)).isEqualTo("一百零二");
        assertThat(chinese(110)).isEqualTo("一百一十");
        assertThat(chinese(118)).isEqualTo("一百一十八");
        assertThat(hasArticle("第九条 甲\n\n第十条 乙\n", 10)).isTrue();
        assertThat(hasArticle("第九条 甲\n见第十条规定\n", 10)).isFalse();
    }

    @Test
    void theBankFillsTheBlueprint() {
        fixture.run(em -> {
            Subject subject = em.find(Subject.class, SUBJECT);
            assertThat(subject.code()).isEqualTo("MGMT-GENERAL");
            Blueprint blueprint = subject.blueprint();
            assertThat(blueprint.totalPoints()).isEqualTo(subject.totalPoints()).isEqualTo(100);
            assertThat(blueprint.quotas()).hasSizeBetween(2, 4);
            assertThat(PaperGenerator.check(blueprint, BankPool.of(em, SUBJECT))).isEmpty();
        });
    }

    @Test
    void papersOfDifferentSeedsShareAtMostHalfTheirItems() {
        List<PoolItem> pool = fixture.inTransaction(em -> BankPool.of(em, SUBJECT));
        Blueprint blueprint = fixture.inTransaction(em -> em.find(Subject.class, SUBJECT).blueprint());
        long[][] seedPairs = {{1L, 2L}, {20261101L, 20261102L}, {-7L, 4242L}};
        for (long[] seeds : seedPairs) {
            Paper first = PaperGenerator.generate(blueprint, pool, seeds[0], Map.of());
            Paper second = PaperGenerator.generate(blueprint, pool, seeds[1], Map.of());
            assertThat(first.totalPoints()).isEqualTo(100);
            Set<Long> shared = itemIds(first);
            shared.retainAll(itemIds(second));
            assertThat(shared.size()).as("items shared by the papers of seeds %d and %d", seeds[0], seeds[1])
                    .isLessThanOrEqualTo(first.questions().size() / 2);
        }
    }

    private static Set<Long> itemIds(Paper paper) {
        return paper.questions().stream().map(PaperQuestion::itemId).collect(Collectors.toCollection(HashSet::new));
    }

    /** The statute texts of the folder by the title on their first line ("# 中华人民共和国安全生产法"). */
    private static Map<String, String> statutesByTitle(Path folder) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String firstLine = text.lines().findFirst().orElse("");
                if (firstLine.startsWith("# ")) {
                    texts.put(firstLine.substring(2).strip(), text);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    /** Whether the statute has an article 第N条 (at the start of a line, as the statute files write articles). */
    static boolean hasArticle(String statute, int article) {
        return Pattern.compile("(?m)^第" + chinese(article) + "条[\\s之]").matcher(statute).find();
    }

    /** 1–999 in Chinese numerals as article numbers are written: 十, 十七, 一百零二, 一百一十八. */
    static String chinese(int number) {
        if (number < 1 || number > 999) {
            throw new IllegalArgumentException("article numbers run from 1 to 999: " + number);
        }
        String digits = "零一二三四五六七八九";
        int hundreds = number / 100;
        int tens = number / 10 % 10;
        int units = number % 10;
        StringBuilder text = new StringBuilder();
        if (hundreds > 0) {
            text.append(digits.charAt(hundreds)).append('百');
        }
        if (tens > 0) {
            if (hundreds > 0 || tens > 1) {
                text.append(digits.charAt(tens));
            }
            text.append('十');
        } else if (hundreds > 0 && units > 0) {
            text.append('零');
        }
        if (units > 0) {
            text.append(digits.charAt(units));
        }
        return text.toString();
    }
}
