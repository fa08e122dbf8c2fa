package org.anquan.exam.paper.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Generates a candidate's paper from a blueprint and the bank's active items. Everything random comes from the
 * recorded seed, and the pool is put in a fixed order first, so the same seed and the same bank give the same
 * paper. Quotas are filled before the rest of their section, the most specific first; no item appears twice;
 * items already used by other candidates of the session ({@code exposure}) are taken last, which keeps the
 * overlap between neighbours' papers low. Question order within a section and option order are shuffled.
 */
public final class PaperGenerator {

    private static final Comparator<PoolItem> FIXED_ORDER = Comparator.comparingLong(PoolItem::itemId)
            .thenComparingLong(PoolItem::versionId);

    private PaperGenerator() {
    }

    /** What the bank lacks to fill the blueprint; empty when every paper can be generated. */
    public static List<Shortage> check(Blueprint blueprint, List<PoolItem> pool) {
        List<Shortage> shortages = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        List<PoolItem> ordered = pool.stream().sorted(FIXED_ORDER).toList();
        for (Blueprint.Section section : blueprint.sections()) {
            int chosen = 0;
            for (Blueprint.Quota quota : byspecificity(blueprint.quotasOf(section.type()))) {
                List<PoolItem> fitting = free(ordered, used, quota::accepts);
                if (fitting.size() < quota.count()) {
                    shortages.add(new Shortage(quota.type(), quota.knowledgePoint(), quota.difficulty(),
                            quota.count(), fitting.size()));
                }
                fitting.stream().limit(quota.count()).forEach(item -> used.add(item.itemId()));
                chosen += Math.min(quota.count(), fitting.size());
            }
            List<PoolItem> rest = free(ordered, used, item -> item.type() == section.type());
            int missing = section.count() - chosen;
            if (rest.size() < missing) {
                long ofType = ordered.stream().filter(item -> item.type() == section.type())
                        .map(PoolItem::itemId).distinct().count();
                shortages.add(new Shortage(section.type(), null, null, section.count(), (int) ofType));
            }
            rest.stream().limit(Math.max(0, missing)).forEach(item -> used.add(item.itemId()));
        }
        return List.copyOf(shortages);
    }

    /**
     * The paper for one candidate. {@code exposure} counts how often each item is already on papers of the same
     * session (empty map for none). Throws {@link BlueprintShortageException} when the bank cannot fill it.
     */
    public static Paper generate(Blueprint blueprint, List<PoolItem> pool, long seed, Map<Long, Integer> exposure) {
        List<Shortage> shortages = check(blueprint, pool);
        if (!shortages.isEmpty()) {
            throw new BlueprintShortageException(shortages);
        }
        Random random = new Random(seed);
        List<PoolItem> ordered = pool.stream().sorted(FIXED_ORDER).toList();
        Set<Long> used = new HashSet<>();
        List<PaperQuestion> questions = new ArrayList<>();
        for (Blueprint.Section section : blueprint.sections()) {
            List<PoolItem> chosen = new ArrayList<>();
            for (Blueprint.Quota quota : byspecificity(blueprint.quotasOf(section.type()))) {
                chosen.addAll(pick(free(ordered, used, quota::accepts), quota.count(), random, exposure, used));
            }
            chosen.addAll(pick(free(ordered, used, item -> item.type() == section.type()),
                    section.count() - chosen.size(), random, exposure, used));
            Collections.shuffle(chosen, random);
            for (PoolItem item : chosen) {
                List<Integer> order = new ArrayList<>();
                for (int k = 0; k < item.optionCount(); k++) {
                    order.add(k);
                }
                if (item.type().shufflesOptions()) {
                    Collections.shuffle(order, random);
                }
                questions.add(new PaperQuestion(item.itemId(), item.versionId(), item.type(), section.points(),
                        List.copyOf(order)));
            }
        }
        return new Paper(seed, List.copyOf(questions));
    }

    private static List<Blueprint.Quota> byspecificity(List<Blueprint.Quota> quotas) {
        return quotas.stream().sorted(Comparator.comparingInt(Blueprint.Quota::specificity).reversed()).toList();
    }

    private static List<PoolItem> free(List<PoolItem> ordered, Set<Long> used, Predicate<PoolItem> fits) {
        List<PoolItem> free = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (PoolItem item : ordered) {
            // one version per item: the pool may hold several; the first in the fixed order stands for it
            if (!used.contains(item.itemId()) && fits.test(item) && seen.add(item.itemId())) {
                free.add(item);
            }
        }
        return free;
    }

    /** n items at random, the least exposed first. */
    private static List<PoolItem> pick(List<PoolItem> candidates, int n, Random random, Map<Long, Integer> exposure,
                                       Set<Long> used) {
        List<PoolItem> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        shuffled.sort(Comparator.comparingInt(item -> exposure.getOrDefault(item.itemId(), 0)));
        List<PoolItem> picked = shuffled.subList(0, Math.max(0, Math.min(n, shuffled.size())));
        picked.forEach(item -> used.add(item.itemId()));
        return new ArrayList<>(picked);
    }
}
