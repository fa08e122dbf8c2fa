package org.anquan.exam.session.entity;

public enum RegistrationStatus {
    REGISTERED, CHECKED_IN, CANCELLED
}
