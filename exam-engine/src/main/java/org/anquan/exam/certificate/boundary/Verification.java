package org.anquan.exam.certificate.boundary;

import org.anquan.exam.certificate.entity.Certificate;

import java.time.LocalDate;

/**
 * What the public verification page tells someone who holds a certificate's number and its holder's name: whether
 * it is valid, for which subject and until when. Nothing else about the holder.
 */
public record Verification(String number, String holderName, String subjectName, LocalDate issuedOn,
                           LocalDate validUntil, Certificate.Validity validity) {
}
