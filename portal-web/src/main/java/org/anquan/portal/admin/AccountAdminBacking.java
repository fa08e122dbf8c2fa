package org.anquan.portal.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.platform.account.boundary.AccountAdministration;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.entity.Role;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.organisation.boundary.OrganisationView;
import org.anquan.platform.organisation.boundary.Organisations;
import org.anquan.portal.security.Clients;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.util.List;

/** /admin/account.xhtml?id=…: one account's roles, granted and revoked by a system administrator. */
@Named
@ViewScoped
public class AccountAdminBacking implements Serializable {

    @EJB
    AccountAdministration administration;

    @EJB
    Organisations organisations;

    @Inject
    Texts texts;

    private Long id;
    private AccountView account;
    private List<OrganisationView> allOrganisations;
    private Role role;
    private Long organisationId;

    public void load() {
        if (id == null) {
            throw new org.anquan.platform.error.UnknownEntityException("account", "");
        }
        account = administration.byId(id);
        allOrganisations = organisations.all();
    }

    public void grant() {
        try {
            account = administration.grant(id, role, role != null && role.scoped() ? organisationId : null, Clients.address());
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public void revoke(String grantedRole, Long grantedOrganisation) {
        try {
            account = administration.revoke(id, Role.valueOf(grantedRole), grantedOrganisation, Clients.address());
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public String organisationName(Long organisation) {
        if (organisation == null || allOrganisations == null) {
            return "";
        }
        return allOrganisations.stream().filter(o -> o.id() == organisation).map(OrganisationView::name)
                .findFirst().orElse("#" + organisation);
    }


    public Role[] getRoles() {
        return Role.values();
    }

    public List<OrganisationView> getOrganisations() {
        return allOrganisations;
    }

    public AccountView getAccount() {
        return account;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
