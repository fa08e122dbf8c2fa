package org.anquan.portal.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.boundary.AuditView;
import org.anquan.platform.audit.boundary.ChainCheck;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.portal.language.Texts;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** /admin/audit.xhtml: the audit trail, filtered, and the check of its chain (system administrators only). */
@Named
@ViewScoped
public class AuditAdminBacking implements Serializable {

    @EJB
    AuditTrail auditTrail;

    @Inject
    Texts texts;

    private String actor;
    private String action;
    private String outcome;

    private final LazyDataModel<AuditView> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) auditTrail.count(actor, action, outcome);
        }

        @Override
        public List<AuditView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            return auditTrail.search(actor, action, outcome, first, Math.min(pageSize, 200));
        }

        @Override
        public String getRowKey(AuditView record) {
            return Long.toString(record.seq());
        }

        @Override
        public AuditView getRowData(String rowKey) {
            return null;
        }
    };

    public void check() {
        ChainCheck check = auditTrail.verify();
        if (check.intact()) {
            texts.info("admin_audit.intact", check.checked());
        } else {
            texts.error(null, "admin_audit.broken", check.firstBrokenSeq());
        }
    }

    /** The action in the reader's language ("活动签到" for event.checkIn); the code itself where none is written. */
    public String actionLabel(String code) {
        return code == null ? "" : texts.formatOr("audit.action." + code, code);
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public LazyDataModel<AuditView> getModel() {
        return model;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
