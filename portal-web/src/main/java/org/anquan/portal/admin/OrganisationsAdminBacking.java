package org.anquan.portal.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.organisation.boundary.MemberView;
import org.anquan.platform.organisation.boundary.OrganisationView;
import org.anquan.platform.organisation.boundary.Organisations;
import org.anquan.platform.organisation.entity.OrganisationKind;
import org.anquan.portal.language.Texts;
import org.anquan.portal.security.Clients;

import java.io.Serializable;
import java.util.List;

/** /admin/organisations.xhtml: organisations, their members, and new organisations (system administrators). */
@Named
@ViewScoped
public class OrganisationsAdminBacking implements Serializable {

    @EJB
    Organisations organisations;

    @Inject
    Texts texts;

    private List<OrganisationView> all;
    private String code;
    private String name;
    private OrganisationKind kind;
    private String region;

    public void load() {
        all = organisations.all();
    }

    public List<MemberView> members(long organisationId) {
        return organisations.members(organisationId);
    }

    public void create() {
        try {
            organisations.create(code == null ? "" : code, name == null ? "" : name, kind, region, Clients.address());
            code = null;
            name = null;
            region = null;
            kind = null;
            all = organisations.all();
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<OrganisationView> getAll() {
        return all;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
