package org.anquan.exam.statistics.boundary;

import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.statistics.control.ItemAnalysis;

import java.util.List;
import java.util.Set;

/** The item analysis of one version of an item: facility, discrimination, how often each option was chosen. */
public record ItemFigures(long itemId, long versionId, int version, ItemType type, String stem, int responses,
                          double facility, double discrimination, List<Double> optionRates, Set<Integer> correct,
                          Set<ItemAnalysis.Flag> flags) {
}
