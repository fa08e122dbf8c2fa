package org.anquan.portal.exams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.anquan.exam.certificate.boundary.CertificateView;
import org.anquan.exam.document.control.AdmissionTicket;
import org.anquan.exam.document.control.AdmissionTicketPdf;
import org.anquan.exam.document.control.CertificateDocument;
import org.anquan.exam.document.control.CertificatePdf;
import org.anquan.exam.session.boundary.Ticket;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.profile.boundary.Profiles;
import org.anquan.portal.language.Languages;
import org.anquan.portal.language.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The PDFs of the exam: admission tickets (QR = ticket number, scanned at check-in) and certificates. */
@ApplicationScoped
public class ExamDocuments {

    @EJB
    Profiles profiles;

    @Inject
    @ConfigProperty(name = "anquan.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The ticket's PDF; the photo is the one the candidate's real-name profile holds. */
    public byte[] ticket(Ticket ticket) {
        return AdmissionTicketPdf.render(new AdmissionTicket(ticket.ticketNumber(), ticket.candidateName(),
                ticket.idNumberMasked(), ticket.subjectName(), ticket.centreName(), ticket.centreAddress(),
                ticket.roomName(), ticket.seatLabel(), ticket.startsAt().atZone(Clocks.CHINA).toLocalDateTime(),
                ticket.durationMinutes(), profiles.photo(ticket.accountId()).orElse(null), ticket.ticketNumber()));
    }

    public byte[] certificate(CertificateView certificate) {
        return CertificatePdf.render(new CertificateDocument(certificate.number(), certificate.holderName(),
                certificate.idNumberMasked(), certificate.subjectName(),
                Texts.format(Languages.ZH, "SubjectCategory." + certificate.category().name()),
                certificate.issuedOn(), certificate.validUntil(), certificate.nextReviewOn(),
                Texts.format(Languages.ZH, "certificates.issuer"), verificationUrl(certificate.number())));
    }

    public String verificationUrl(String number) {
        return publicUrl + "/certificates/verify.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
