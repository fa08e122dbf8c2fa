package org.anquan.exam.bank.entity;

/** An item's life: written, reviewed, in use for papers, retired. */
public enum ItemStatus {
    DRAFT, REVIEWED, ACTIVE, RETIRED
}
