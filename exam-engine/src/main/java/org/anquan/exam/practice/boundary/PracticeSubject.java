package org.anquan.exam.practice.boundary;

import java.io.Serializable;

/** A subject one can practise: its id, name and how many questions its practice pool holds. */
public record PracticeSubject(long id, String name, long count) implements Serializable {
}
