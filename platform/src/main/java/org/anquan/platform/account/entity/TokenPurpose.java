package org.anquan.platform.account.entity;

public enum TokenPurpose {
    /** confirms the e-mail address of a new account */
    VERIFY,
    /** lets the owner of the address set a new password */
    RESET
}
