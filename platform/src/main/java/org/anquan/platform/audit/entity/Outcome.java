package org.anquan.platform.audit.entity;

public enum Outcome {
    SUCCESS, FAILURE, DENIED
}
