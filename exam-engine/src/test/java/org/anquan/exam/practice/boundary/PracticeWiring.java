package org.anquan.exam.practice.boundary;

import jakarta.persistence.EntityManager;

/** Outside the container, the test hands the boundary what the container would inject. */
public final class PracticeWiring {

    private PracticeWiring() {
    }

    public static Practice wired(EntityManager entityManager) {
        Practice practice = new Practice();
        practice.entityManager = entityManager;
        return practice;
    }
}
