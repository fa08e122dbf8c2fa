package org.anquan.exam.attempt.entity;

public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED, EXPELLED
}
