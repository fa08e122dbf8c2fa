package org.anquan.booking.outreach.boundary;

import org.anquan.booking.event.control.Organisers;
import org.anquan.booking.control.Inputs;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.anquan.booking.event.boundary.Events;
import org.anquan.booking.outreach.entity.OutreachRequest;
import org.anquan.booking.outreach.entity.OutreachSetting;
import org.anquan.booking.outreach.entity.OutreachStatus;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.error.AccessDeniedException;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.platform.organisation.boundary.OrganisationView;
import org.anquan.platform.organisation.boundary.Organisations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * 五进 outreach requests: a school, community, village, enterprise or family asks a campaign organiser for a safety
 * talk or drill; the organiser accepts (the request becomes a published event on the agreed date), proposes another
 * date (which the requester accepts or not) or declines.
 */
@Stateless
public class Outreach {

    @PersistenceContext(unitName = "booking")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    @EJB
    Organisations organisations;


    @EJB
    Events events;

    @Inject
    Clock clock;

    /** The organisers one can ask: campaign organisers. */
    @PermitAll
    public List<OrganisationView> organisers() {
        return organisations.ofKind("CAMPAIGN_ORGANISER");
    }

    @RolesAllowed("CITIZEN")
    public OutreachView request(@NotNull OutreachDraft draft) {
        AccountView me = me();
        Instant now = clock.instant();
        OrganisationView organiser = organisers().stream().filter(o -> o.id() == draft.organiserId()).findFirst()
                .orElseThrow(() -> new UnknownEntityException("organiser", draft.organiserId()));
        OutreachSetting setting;
        try {
            setting = OutreachSetting.valueOf(Objects.requireNonNullElse(draft.setting(), ""));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("outreach.settingInvalid");
        }
        int audience = draft.audienceSize() == null ? 0 : draft.audienceSize();
        if (audience < 1 || audience > 100_000) {
            throw new BusinessException("outreach.audienceInvalid");
        }
        if (!draft.preferredFirst().isAfter(now)
                || (draft.preferredSecond() != null && !draft.preferredSecond().isAfter(now))) {
            throw new BusinessException("outreach.dateInThePast");
        }
        String phone = Inputs.required(draft.contactPhone(), 30, "outreach.contactPhoneRequired");
        if (!phone.matches("[0-9+\\- ]{5,30}")) {
            throw new BusinessException("outreach.contactPhoneInvalid");
        }
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        if (note != null && note.length() > 2000) {
            throw new BusinessException("outreach.noteTooLong");
        }
        OutreachRequest request = new OutreachRequest(me.id(), organiser.id(), setting,
                Inputs.required(draft.requesterName(), 200, "outreach.requesterRequired"),
                Inputs.required(draft.contactName(), 100, "outreach.contactNameRequired"), phone,
                Inputs.required(draft.address(), 300, "outreach.addressRequired"), Inputs.required(draft.topic(), 200, "outreach.topicRequired"),
                audience, draft.preferredFirst(), draft.preferredSecond(), note, now);
        entityManager.persist(request);
        entityManager.flush();
        audit(me, "outreach.request", request, setting + " " + audience);
        return view(request);
    }

    @RolesAllowed("CITIZEN")
    public List<OutreachView> mine() {
        AccountView me = me();
        return entityManager.createNamedQuery(OutreachRequest.OF_ACCOUNT, OutreachRequest.class)
                .setParameter("account", me.id()).setMaxResults(200).getResultStream().map(this::view).toList();
    }

    /** The requester takes the date the organiser proposed: the request becomes an event on that date. */
    @RolesAllowed("CITIZEN")
    public OutreachView acceptProposal(long requestId) {
        AccountView me = me();
        OutreachRequest request = entityManager.find(OutreachRequest.class, requestId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.accountId() != me.id()) {
            throw new UnknownEntityException("outreach", requestId);
        }
        if (request.status() != OutreachStatus.PROPOSED) {
            throw new BusinessException("outreach.noProposal");
        }
        long eventId = events.createForOutreach(request.organiserId(), title(request), request.note(),
                request.requesterName(), request.address(), request.proposedAt(), request.audienceSize());
        request.accept(eventId, request.answer());
        audit(me, "outreach.acceptProposal", request, "event " + eventId);
        return view(request);
    }

    @RolesAllowed("CITIZEN")
    public OutreachView withdraw(long requestId) {
        AccountView me = me();
        OutreachRequest request = entityManager.find(OutreachRequest.class, requestId);
        if (request == null || request.accountId() != me.id()) {
            throw new UnknownEntityException("outreach", requestId);
        }
        request.withdraw();
        audit(me, "outreach.withdraw", request, null);
        return view(request);
    }

    @RolesAllowed({"EVENT_ORGANISER", "SYSTEM_ADMIN"})
    public List<OutreachView> received() {
        AccountView me = me();
        return organiserIds(me).stream().flatMap(organiser -> entityManager.createNamedQuery(
                        OutreachRequest.OF_ORGANISER, OutreachRequest.class).setParameter("organiser", organiser)
                .getResultStream()).map(this::view).toList();
    }

    /** Accepts on one of the preferred dates (or the date given): the request becomes a published event. */
    @RolesAllowed({"EVENT_ORGANISER", "SYSTEM_ADMIN"})
    public OutreachView accept(long requestId, @NotNull Instant on, String answer) {
        AccountView me = me();
        OutreachRequest request = received(requestId, me);
        if (!on.isAfter(clock.instant())) {
            throw new BusinessException("outreach.dateInThePast");
        }
        long eventId = events.createForOutreach(request.organiserId(), title(request), request.note(),
                request.requesterName(), request.address(), on, request.audienceSize());
        request.accept(eventId, Inputs.cut(answer, 1000));
        audit(me, "outreach.accept", request, "event " + eventId);
        return view(request);
    }

    @RolesAllowed({"EVENT_ORGANISER", "SYSTEM_ADMIN"})
    public OutreachView propose(long requestId, @NotNull Instant on, String answer) {
        AccountView me = me();
        OutreachRequest request = received(requestId, me);
        if (!on.isAfter(clock.instant())) {
            throw new BusinessException("outreach.dateInThePast");
        }
        request.propose(on, Inputs.cut(answer, 1000));
        audit(me, "outreach.propose", request, on.toString());
        return view(request);
    }

    @RolesAllowed({"EVENT_ORGANISER", "SYSTEM_ADMIN"})
    public OutreachView decline(long requestId, String answer) {
        AccountView me = me();
        OutreachRequest request = received(requestId, me);
        request.decline(Inputs.cut(answer, 1000));
        audit(me, "outreach.decline", request, null);
        return view(request);
    }

    private OutreachRequest received(long requestId, AccountView me) {
        OutreachRequest request = entityManager.find(OutreachRequest.class, requestId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new UnknownEntityException("outreach", requestId);
        }
        if (!Organisers.of(me, request.organiserId())) {
            throw new AccessDeniedException("outreach", requestId);
        }
        return request;
    }

    private List<Long> organiserIds(AccountView me) {
        return Organisers.everywhere(me) ? organisers().stream().map(OrganisationView::id).toList()
                : Organisers.organisations(me);
    }

    private static String title(OutreachRequest request) {
        return request.topic() + " · " + request.requesterName();
    }

    private OutreachView view(OutreachRequest request) {
        String organiser = organisers().stream().filter(o -> o.id() == request.organiserId())
                .map(OrganisationView::name).findFirst().orElse("");
        return new OutreachView(request.id(), request.organiserId(), organiser, request.setting(),
                request.requesterName(), request.contactName(), request.contactPhone(), request.address(),
                request.topic(), request.audienceSize(), request.preferredFirst(), request.preferredSecond(),
                request.note(), request.status(), request.proposedAt(), request.answer(), request.eventId(),
                request.createdAt());
    }

    private void audit(AccountView me, String action, OutreachRequest request, String detail) {
        AuditTrail.append(entityManager, new AuditEntry(clock.instant(), me.id(), me.login(), action, "outreach",
                String.valueOf(request.id()), Outcome.SUCCESS, null, detail));
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
