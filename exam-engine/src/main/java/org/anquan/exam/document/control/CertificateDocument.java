package org.anquan.exam.document.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a certificate of examination shows.
 *
 * @param validUntil   null for a certificate without an end
 * @param nextReviewOn null when the category needs no review
 */
public record CertificateDocument(String number, String holderName, String idNumberMasked, String subjectName,
                                  String categoryCaption, LocalDate issuedOn, LocalDate validUntil,
                                  LocalDate nextReviewOn, String issuer, String verificationUrl) {

    public CertificateDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }
}
