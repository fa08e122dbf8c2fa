package org.anquan.exam.practice.boundary;

import org.anquan.exam.paper.control.ItemType;

import java.io.Serializable;
import java.util.List;

/**
 * A question of a practice paper: the item version to send back with the answer, the type, the stem and the options
 * in the item's own order. Nothing here tells which option is right; {@link Practice#check} does, one question at a
 * time.
 */
public record PracticeQuestion(long versionId, ItemType type, String stem, List<String> options)
        implements Serializable {
}
