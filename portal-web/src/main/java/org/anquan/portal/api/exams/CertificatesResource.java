package org.anquan.portal.api.exams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anquan.exam.certificate.boundary.CertificateView;
import org.anquan.exam.certificate.boundary.Certificates;
import org.anquan.exam.certificate.boundary.Verification;
import org.anquan.portal.exams.ExamDocuments;

import java.util.List;

/** Certificates: the holder's own and their PDF; the public verification by number and holder's name. */
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    @EJB
    Certificates certificates;

    @Inject
    ExamDocuments documents;

    @GET
    public List<CertificateView> mine() {
        return certificates.mine();
    }

    @GET
    @Path("{number}")
    public CertificateView one(@PathParam("number") String number) {
        return certificates.one(number);
    }

    @GET
    @Path("{number}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("number") String number) {
        CertificateView certificate = certificates.one(number);
        return Response.ok(documents.certificate(certificate), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"certificate-" + certificate.number() + ".pdf\"")
                .build();
    }

    /** Public: valid, expired or revoked — only when both the number and the holder's name match. */
    @GET
    @Path("verification")
    public Verification verify(@QueryParam("number") String number, @QueryParam("name") String name) {
        if (number == null || name == null) {
            throw new NotFoundException();
        }
        return certificates.verify(number, name).orElseThrow(NotFoundException::new);
    }
}
