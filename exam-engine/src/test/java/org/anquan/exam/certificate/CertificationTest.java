package org.anquan.exam.certificate;

import org.anquan.exam.certificate.control.Certification;
import org.anquan.exam.certificate.entity.Certificate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CertificationTest {

    @Test
    void aTheoryPassIsEnoughWhereThereIsNoPracticalPart() {
        assertThat(Certification.earned(true, false, null, 80)).isTrue();
        assertThat(Certification.earned(false, false, null, 80)).isFalse();
    }

    @Test
    void aPracticalPartMustBePassedToo() {
        assertThat(Certification.earned(true, true, null, 80)).as("not entered yet").isFalse();
        assertThat(Certification.earned(true, true, 79, 80)).isFalse();
        assertThat(Certification.earned(true, true, 80, 80)).isTrue();
        assertThat(Certification.earned(false, true, 100, 80)).isFalse();
    }

    @Test
    void aCertificateIsValidSixYearsWithAReviewAfterThree() {
        Certificate certificate = new Certificate(7, 1, 42, "张三", null, LocalDate.of(2026, 11, 29));
        assertThat(certificate.number()).isEqualTo("AQ202600000042");
        assertThat(certificate.validUntil()).isEqualTo(LocalDate.of(2032, 11, 28));
        assertThat(certificate.nextReviewOn()).isEqualTo(LocalDate.of(2029, 11, 29));
        assertThat(certificate.validity(LocalDate.of(2032, 11, 28))).isEqualTo(Certificate.Validity.VALID);
        assertThat(certificate.validity(LocalDate.of(2032, 11, 29))).isEqualTo(Certificate.Validity.EXPIRED);
        certificate.revoke("复核");
        assertThat(certificate.validity(LocalDate.of(2027, 1, 1))).isEqualTo(Certificate.Validity.REVOKED);
    }
}
