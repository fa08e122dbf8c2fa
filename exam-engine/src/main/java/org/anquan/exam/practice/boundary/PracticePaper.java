package org.anquan.exam.practice.boundary;

import java.io.Serializable;
import java.util.List;

/** A practice paper of a subject: questions drawn at random from its practice pool, without their answers. */
public record PracticePaper(long subjectId, String subjectName, List<PracticeQuestion> questions)
        implements Serializable {
}
