package org.anquan.knowledge.document.entity;

/** 时效性: whether a document is in force. */
public enum DocumentStatus {
    /** 现行有效 */
    IN_FORCE,
    /** 已修改 */
    AMENDED,
    /** 已废止 */
    REPEALED,
    /** 尚未生效 */
    NOT_YET_IN_FORCE
}
