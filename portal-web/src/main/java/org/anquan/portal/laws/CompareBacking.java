package org.anquan.portal.laws;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.knowledge.law.boundary.Laws;
import org.anquan.knowledge.law.boundary.VersionComparison;
import org.anquan.platform.error.UnknownEntityException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** /laws/{slug}/compare?from=…&amp;to=…: two versions compared article by article. */
@Named
@RequestScoped
public class CompareBacking {

    @EJB
    Laws laws;

    private String slug;
    private String from;
    private String to;
    private boolean all;
    private VersionComparison comparison;

    public void load() throws IOException {
        try {
            comparison = laws.compare(slug, from == null ? "" : from, to == null ? "" : to);
        } catch (UnknownEntityException e) {
            // an address that names no document or version: the not-found page with its status
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    public VersionComparison getComparison() {
        return comparison;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }
}
