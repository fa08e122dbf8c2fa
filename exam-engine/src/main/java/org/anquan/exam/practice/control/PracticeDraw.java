package org.anquan.exam.practice.control;

import org.anquan.exam.paper.control.ItemType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws a practice paper from the practice pool: {@code count} different questions at random (all of the pool when it
 * holds fewer). The types are taken in turns, so even a short paper has every type the pool offers; the paper then
 * follows the exam's order (judgements, single choices, multiple choices), random within each type.
 */
public final class PracticeDraw {

    /** A question the pool offers: the item version and its type. */
    public record Candidate(long versionId, ItemType type) {
    }

    private PracticeDraw() {
    }

    public static List<Candidate> draw(List<Candidate> pool, int count, Random random) {
        List<Candidate> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        Map<ItemType, Deque<Candidate>> byType = new EnumMap<>(ItemType.class);
        shuffled.forEach(candidate -> byType.computeIfAbsent(candidate.type(), type -> new ArrayDeque<>())
                .add(candidate));
        List<ItemType> turns = new ArrayList<>(byType.keySet());
        List<Candidate> drawn = new ArrayList<>();
        while (drawn.size() < count && !turns.isEmpty()) {
            // a new order each round, so that no type is always the one left short
            Collections.shuffle(turns, random);
            for (Iterator<ItemType> turn = turns.iterator(); turn.hasNext() && drawn.size() < count; ) {
                Deque<Candidate> left = byType.get(turn.next());
                drawn.add(left.poll());
                if (left.isEmpty()) {
                    turn.remove();
                }
            }
        }
        drawn.sort(Comparator.comparing(Candidate::type));
        return List.copyOf(drawn);
    }
}
