package org.anquan.exam.certificate.boundary;

import org.anquan.exam.bank.entity.SubjectCategory;
import org.anquan.exam.certificate.entity.Certificate;

import java.time.LocalDate;

/** A certificate as its holder sees it and as its PDF prints it. */
public record CertificateView(String number, String holderName, String idNumberMasked, String subjectName,
                              SubjectCategory category, LocalDate issuedOn, LocalDate validUntil,
                              LocalDate nextReviewOn, Certificate.Validity validity) {
}
