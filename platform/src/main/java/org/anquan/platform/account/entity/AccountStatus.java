package org.anquan.platform.account.entity;

public enum AccountStatus {
    /** registered, e-mail or mobile number not yet confirmed */
    PENDING,
    ACTIVE,
    /** locked by a system administrator */
    LOCKED
}
