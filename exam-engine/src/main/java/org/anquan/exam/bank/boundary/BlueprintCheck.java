package org.anquan.exam.bank.boundary;

import org.anquan.exam.paper.control.Blueprint;
import org.anquan.exam.paper.control.Shortage;

import java.util.List;

/**
 * Whether the subject's active items can fill its blueprint: the blueprint (null when none is set), how many items
 * are active, and what the bank lacks (empty when every paper can be generated).
 */
public record BlueprintCheck(Blueprint blueprint, int activeItems, List<Shortage> shortages) {

    public boolean defined() {
        return blueprint != null;
    }

    public boolean fillable() {
        return blueprint != null && shortages.isEmpty();
    }
}
