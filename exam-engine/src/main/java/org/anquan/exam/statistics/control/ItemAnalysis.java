package org.anquan.exam.statistics.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Classical item analysis over the graded papers of a subject: the facility index (share answering correctly),
 * the discrimination index (facility in the upper 27 % by total score minus facility in the lower 27 %), and how
 * often each option was chosen, with flags for items that need a look.
 */
public final class ItemAnalysis {

    static final double GROUP_SHARE = 0.27;

    /** One candidate's answer to the item: whether it was right, which options (by index) were chosen. */
    public record Response(double totalScore, boolean correct, Set<Integer> chosen) {
    }

    public enum Flag {
        /** more than 90 % answer correctly */
        TOO_EASY,
        /** fewer than 20 % answer correctly */
        TOO_HARD,
        /** discrimination below 0.2 */
        WEAK_DISCRIMINATION,
        /** the weaker candidates do better than the stronger ones */
        NEGATIVE_DISCRIMINATION,
        /** a wrong option chosen by fewer than 5 % */
        IDLE_DISTRACTOR
    }

    /** The figures of one item: facility, discrimination, option choice rates, flags. */
    public record Figures(int responses, double facility, double discrimination, List<Double> optionRates,
                          Set<Flag> flags) {
    }

    private ItemAnalysis() {
    }

    /** Analyses one item from all its responses; {@code correctOptions} tells which options are not distractors. */
    public static Figures analyse(List<Response> responses, int optionCount, Set<Integer> correctOptions) {
        int n = responses.size();
        if (n == 0) {
            return new Figures(0, 0, 0, List.of(), EnumSet.noneOf(Flag.class));
        }
        double facility = responses.stream().filter(Response::correct).count() / (double) n;
        List<Response> ranked = new ArrayList<>(responses);
        ranked.sort(Comparator.comparingDouble(Response::totalScore).reversed());
        int group = Math.max(1, (int) Math.round(n * GROUP_SHARE));
        double upper = ranked.subList(0, group).stream().filter(Response::correct).count() / (double) group;
        double lower = ranked.subList(n - group, n).stream().filter(Response::correct).count() / (double) group;
        double discrimination = upper - lower;
        List<Double> rates = new ArrayList<>();
        for (int option = 0; option < optionCount; option++) {
            int o = option;
            rates.add(responses.stream().filter(r -> r.chosen().contains(o)).count() / (double) n);
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (facility > 0.9) {
            flags.add(Flag.TOO_EASY);
        }
        if (facility < 0.2) {
            flags.add(Flag.TOO_HARD);
        }
        if (discrimination < 0) {
            flags.add(Flag.NEGATIVE_DISCRIMINATION);
        } else if (discrimination < 0.2) {
            flags.add(Flag.WEAK_DISCRIMINATION);
        }
        for (int option = 0; option < optionCount; option++) {
            if (!correctOptions.contains(option) && rates.get(option) < 0.05) {
                flags.add(Flag.IDLE_DISTRACTOR);
            }
        }
        return new Figures(n, facility, discrimination, List.copyOf(rates), flags);
    }
}
