package org.anquan.knowledge.notice.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.anquan.knowledge.commentary.control.Commentary;
import org.anquan.knowledge.notice.entity.Notice;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.error.UnknownEntityException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Notices (通知公告): editors write, schedule and retire them; everyone reads those in their window. */
@Stateless
public class Notices {

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    @EJB
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** What a notice says and when it shows. */
    public record Draft(String title, String body, boolean pinned, Instant publishesAt, Instant retiresAt) {
    }

    /** The notices shown now, pinned first, newest first. */
    @PermitAll
    public List<NoticeView> shown(@Min(0) int offset, @Min(1) @Max(100) int limit) {
        Instant now = clock.instant();
        return entityManager.createNamedQuery(Notice.SHOWN, Notice.class).setParameter("now", now)
                .setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(notice -> NoticeView.of(notice, now)).toList();
    }

    @PermitAll
    public long countShown() {
        return entityManager.createNamedQuery(Notice.COUNT_SHOWN, Long.class).setParameter("now", clock.instant())
                .getSingleResult();
    }

    /** One notice: for everyone while it is shown; scheduled and retired ones for editors only. */
    @PermitAll
    public NoticeView notice(long id) {
        Notice notice = entityManager.find(Notice.class, id);
        Instant now = clock.instant();
        if (notice == null || (!notice.shownAt(now) && !caller.isCallerInRole("EDITOR"))) {
            throw new UnknownEntityException("notice", id);
        }
        return NoticeView.of(notice, now);
    }

    /** Every notice, scheduled, shown and retired, for the editors' list. */
    @RolesAllowed("EDITOR")
    public List<NoticeView> all() {
        Instant now = clock.instant();
        return entityManager.createNamedQuery(Notice.ALL, Notice.class).setMaxResults(500).getResultStream()
                .map(notice -> NoticeView.of(notice, now)).toList();
    }

    /** Writes a new notice (id null) or rewrites one; returns it. */
    @RolesAllowed("EDITOR")
    public NoticeView write(Long id, Draft draft) {
        AccountView me = me();
        Instant now = clock.instant();
        Notice notice;
        if (id == null) {
            notice = new Notice(me.id(), now);
            notice.write(draft.title(), draft.body(), draft.pinned(), draft.publishesAt(), draft.retiresAt(), now);
            entityManager.persist(notice);
            entityManager.flush();
        } else {
            notice = find(id);
            notice.write(draft.title(), draft.body(), draft.pinned(), draft.publishesAt(), draft.retiresAt(), now);
        }
        Commentary.audit(auditTrail, now, me, id == null ? "notice.create" : "notice.update", "notice", notice.id(),
                notice.title());
        return NoticeView.of(notice, now);
    }

    /** Takes a notice down now. */
    @RolesAllowed("EDITOR")
    public NoticeView retire(long id) {
        Notice notice = find(id);
        Instant now = clock.instant();
        notice.retire(now);
        Commentary.audit(auditTrail, now, me(), "notice.retire", "notice", id, notice.title());
        return NoticeView.of(notice, now);
    }

    private Notice find(long id) {
        Notice notice = entityManager.find(Notice.class, id);
        if (notice == null) {
            throw new UnknownEntityException("notice", id);
        }
        return notice;
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
