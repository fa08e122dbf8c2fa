package org.anquan.portal.certificates;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.exam.certificate.boundary.Certificates;
import org.anquan.exam.certificate.boundary.Verification;

/**
 * /certificates/verify.xhtml: anyone checks a certificate by its number (the QR code fills it in) and the holder's
 * name; the answer is valid, expired or revoked, or that no such certificate exists.
 */
@Named
@RequestScoped
public class VerifyCertificateBacking {

    @EJB
    Certificates certificates;

    private String number;
    private String name;
    private Verification verification;
    private boolean checked;

    public void verify() {
        checked = true;
        verification = certificates.verify(number, name).orElse(null);
    }

    public Verification getVerification() { return verification; }
    public boolean isChecked() { return checked; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
