package org.anquan.portal.certificates;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.exam.certificate.boundary.CertificateView;
import org.anquan.exam.certificate.boundary.Certificates;

import java.util.List;

/** /certificates/: the caller's certificates with their PDFs and review dates. */
@Named
@RequestScoped
public class CertificatesBacking {

    @EJB
    Certificates certificates;

    private List<CertificateView> mine;

    public List<CertificateView> getCertificates() {
        if (mine == null) {
            mine = certificates.mine();
        }
        return mine;
    }
}
