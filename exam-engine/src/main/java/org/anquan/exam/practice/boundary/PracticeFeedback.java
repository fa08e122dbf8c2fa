package org.anquan.exam.practice.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The feedback on one practice answer: whether it was right (exactly the correct options: all or nothing), the
 * indexes of the correct options in the item's own order, the explanation and the legal basis
 * ({@code work-safety-law#art-21}).
 */
public record PracticeFeedback(long versionId, boolean correct, List<Integer> correctOptions, String explanation,
                               String legalBasis) implements Serializable {
}
