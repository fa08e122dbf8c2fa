package org.anquan.portal.api.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.boundary.AuditView;
import org.anquan.platform.audit.boundary.ChainCheck;

import java.util.List;

/** The audit trail for system administrators: filtered records and the chain check. */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditAdminResource {

    @EJB
    AuditTrail auditTrail;

    public record Page(List<AuditView> items, long total) {
    }

    @GET
    public Page search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                       @QueryParam("outcome") String outcome, @QueryParam("offset") @DefaultValue("0") int offset,
                       @QueryParam("limit") @DefaultValue("50") int limit) {
        return new Page(auditTrail.search(actor, action, outcome, offset, limit), auditTrail.count(actor, action, outcome));
    }

    @GET
    @Path("check")
    public ChainCheck check() {
        return auditTrail.verify();
    }
}
