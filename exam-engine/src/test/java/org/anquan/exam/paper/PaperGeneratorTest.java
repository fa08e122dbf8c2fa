package org.anquan.exam.paper;

import org.anquan.exam.paper.control.Blueprint;
import org.anquan.exam.paper.control.BlueprintShortageException;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.paper.control.Paper;
import org.anquan.exam.paper.control.PaperGenerator;
import org.anquan.exam.paper.control.PaperQuestion;
import org.anquan.exam.paper.control.PoolItem;
import org.anquan.exam.paper.control.Shortage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperGeneratorTest {

    /** 100 points: 20 judgements × 1, 50 single choices × 1, 10 multiple choices × 3. */
    static final Blueprint BLUEPRINT = new Blueprint(List.of(
            new Blueprint.Section(ItemType.JUDGEMENT, 20, 1),
            new Blueprint.Section(ItemType.SINGLE_CHOICE, 50, 1),
            new Blueprint.Section(ItemType.MULTIPLE_CHOICE, 10, 3)),
            List.of(new Blueprint.Quota(ItemType.SINGLE_CHOICE, "electrical-safety", null, 10),
                    new Blueprint.Quota(ItemType.SINGLE_CHOICE, null, 5, 5),
                    new Blueprint.Quota(ItemType.MULTIPLE_CHOICE, "first-aid", null, 2)));

    /** A bank with {@code factor} times what the blueprint needs. */
    static List<PoolItem> bank(int factor) {
        List<PoolItem> pool = new ArrayList<>();
        long id = 1;
        String[] points = {"electrical-safety", "first-aid", "protective-equipment", "regulations"};
        for (int i = 0; i < 20 * factor; i++, id++) {
            pool.add(new PoolItem(id, id * 10, ItemType.JUDGEMENT, points[i % 4], 1 + i % 5, 2));
        }
        for (int i = 0; i < 50 * factor; i++, id++) {
            pool.add(new PoolItem(id, id * 10, ItemType.SINGLE_CHOICE, points[i % 4], 1 + i % 5, 4));
        }
        for (int i = 0; i < 10 * factor; i++, id++) {
            pool.add(new PoolItem(id, id * 10, ItemType.MULTIPLE_CHOICE, points[i % 4], 1 + i % 5, 5));
        }
        return pool;
    }

    @Test
    void theSameSeedAndBankGiveTheSamePaper() {
        List<PoolItem> pool = bank(3);
        Paper first = PaperGenerator.generate(BLUEPRINT, pool, 42L, Map.of());
        List<PoolItem> shuffledPool = new ArrayList<>(pool);
        java.util.Collections.reverse(shuffledPool);
        assertThat(PaperGenerator.generate(BLUEPRINT, shuffledPool, 42L, Map.of())).isEqualTo(first);
        assertThat(PaperGenerator.generate(BLUEPRINT, pool, 43L, Map.of())).isNotEqualTo(first);
    }

    @Test
    void fillsEverySectionAndQuotaWithoutRepeatingAnItem() {
        List<PoolItem> pool = bank(3);
        Map<Long, PoolItem> byId = new HashMap<>();
        pool.forEach(item -> byId.put(item.itemId(), item));
        for (long seed = 0; seed < 50; seed++) {
            Paper paper = PaperGenerator.generate(BLUEPRINT, pool, seed, Map.of());
            assertThat(paper.totalPoints()).isEqualTo(100);
            assertThat(paper.questions()).hasSize(80);
            assertThat(paper.questions().stream().map(PaperQuestion::itemId).distinct().count()).isEqualTo(80);
            assertThat(paper.questions().subList(0, 20)).allMatch(q -> q.type() == ItemType.JUDGEMENT);
            List<PoolItem> singles = paper.questions().stream().filter(q -> q.type() == ItemType.SINGLE_CHOICE)
                    .map(q -> byId.get(q.itemId())).toList();
            assertThat(singles.stream().filter(item -> item.knowledgePoint().equals("electrical-safety")).count())
                    .isGreaterThanOrEqualTo(10);
            assertThat(singles.stream().filter(item -> item.difficulty() == 5).count()).isGreaterThanOrEqualTo(5);
            assertThat(paper.questions().stream().filter(q -> q.type() == ItemType.MULTIPLE_CHOICE)
                    .map(q -> byId.get(q.itemId()))
                    .filter(item -> item.knowledgePoint().equals("first-aid")).count())
                    .isGreaterThanOrEqualTo(2);
            assertThat(paper.questions()).filteredOn(q -> q.type() == ItemType.JUDGEMENT)
                    .allMatch(q -> q.optionOrder().equals(List.of(0, 1)));
        }
    }

    @Test
    void saysBeforeAnyExamWhatTheBankLacks() {
        List<PoolItem> pool = new ArrayList<>(bank(1));
        pool.removeIf(item -> item.type() == ItemType.MULTIPLE_CHOICE && item.itemId() % 2 == 0);
        int[] keep = {3};
        pool.removeIf(item -> item.type() == ItemType.SINGLE_CHOICE && item.knowledgePoint().equals("electrical-safety")
                && keep[0]-- <= 0);
        List<Shortage> shortages = PaperGenerator.check(BLUEPRINT, pool);
        assertThat(shortages).contains(new Shortage(ItemType.MULTIPLE_CHOICE, null, null, 10, 5),
                new Shortage(ItemType.SINGLE_CHOICE, "electrical-safety", null, 10, 3));
        assertThatThrownBy(() -> PaperGenerator.generate(BLUEPRINT, pool, 1L, Map.of()))
                .isInstanceOf(BlueprintShortageException.class);
        assertThat(PaperGenerator.check(BLUEPRINT, bank(2))).isEmpty();
    }

    @Test
    void optionOrderIsUniform() {
        // where the first option of a four-option item lands, over many papers: chi-square with 3 degrees of
        // freedom stays under 16.27 (p = 0.001) for a uniform shuffle
        List<PoolItem> pool = bank(1);
        long[] counts = new long[4];
        int papers = 2000;
        for (long seed = 0; seed < papers; seed++) {
            Paper paper = PaperGenerator.generate(BLUEPRINT, pool, seed * 7919, Map.of());
            for (PaperQuestion question : paper.questions()) {
                if (question.type() == ItemType.SINGLE_CHOICE) {
                    counts[question.optionOrder().indexOf(0)]++;
                }
            }
        }
        double expected = papers * 50 / 4.0;
        double chiSquare = 0;
        for (long count : counts) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        assertThat(chiSquare).isLessThan(16.27);
    }

    @Test
    void neighboursShareFewQuestionsWhenTheSessionsExposureIsKnown() {
        List<PoolItem> pool = bank(3);
        double blind = averageOverlap(pool, false);
        double aware = averageOverlap(pool, true);
        assertThat(aware).isLessThan(blind);
        assertThat(aware).isLessThan(0.30);
    }

    private static double averageOverlap(List<PoolItem> pool, boolean counting) {
        Map<Long, Integer> exposure = new HashMap<>();
        List<Set<Long>> papers = new ArrayList<>();
        for (long seed = 1; seed <= 30; seed++) {
            Paper paper = PaperGenerator.generate(BLUEPRINT, pool, seed, counting ? exposure : Map.of());
            Set<Long> items = new HashSet<>();
            paper.questions().forEach(q -> items.add(q.itemId()));
            items.forEach(item -> exposure.merge(item, 1, Integer::sum));
            papers.add(items);
        }
        double total = 0;
        int pairs = 0;
        for (int a = 0; a < papers.size(); a++) {
            Set<Long> next = papers.get((a + 1) % papers.size());
            Set<Long> common = new HashSet<>(papers.get(a));
            common.retainAll(next);
            total += common.size() / 80.0;
            pairs++;
        }
        return total / pairs;
    }

    @Test
    void refusesABlueprintWhoseQuotasExceedTheirSection() {
        assertThatThrownBy(() -> new Blueprint(List.of(new Blueprint.Section(ItemType.JUDGEMENT, 5, 2)),
                List.of(new Blueprint.Quota(ItemType.JUDGEMENT, "x", null, 6))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
