package org.anquan.exam.certificate.entity;

public enum CertificateStatus {
    VALID, REVOKED
}
