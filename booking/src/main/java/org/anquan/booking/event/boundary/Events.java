package org.anquan.booking.event.boundary;

import org.anquan.booking.event.control.Organisers;
import org.anquan.booking.control.Inputs;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.anquan.booking.event.entity.Campaign;
import org.anquan.booking.event.entity.Event;
import org.anquan.booking.event.entity.EventRegistration;
import org.anquan.booking.event.entity.EventSession;
import org.anquan.booking.event.entity.RegistrationStatus;
import org.anquan.booking.reservation.control.BookingMails;
import org.anquan.booking.reservation.control.Tickets;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.error.AccessDeniedException;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.platform.mail.boundary.MailOutbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Campaign events and their registrations. Every change of a session's places locks the session's row first, so
 * registrations of one session are decided one after the other on every instance: places are never oversold, the
 * waiting list keeps the order of arrival, and the database keeps one registration per person and session.
 */
@Stateless
@jakarta.annotation.security.DeclareRoles({"EVENT_ORGANISER", "SYSTEM_ADMIN"})
public class Events {

    static final Duration OFFER_TIME = Duration.ofHours(24);
    static final Duration REMIND_BEFORE = Duration.ofHours(48);
    private static final List<RegistrationStatus> COUNTING = List.of(RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITLISTED, RegistrationStatus.OFFERED, RegistrationStatus.CHECKED_IN);

    @PersistenceContext(unitName = "booking")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;


    @EJB
    MailOutbox outbox;

    @Inject
    Clock clock;

    @PermitAll
    public List<EventView> published() {
        return entityManager.createNamedQuery(Event.PUBLISHED, Event.class).setMaxResults(500).getResultStream()
                .map(this::view).toList();
    }

    /** The newest published events of a campaign, for the front page. */
    @PermitAll
    public List<EventView> ofCampaign(long campaignId, @jakarta.validation.constraints.Max(50) int limit) {
        return entityManager.createNamedQuery(Event.PUBLISHED_OF_CAMPAIGN, Event.class)
                .setParameter("campaign", campaignId).setMaxResults(Math.max(1, limit)).getResultStream()
                .map(this::view).toList();
    }

    @PermitAll
    public EventView event(long eventId) {
        Event event = entityManager.find(Event.class, eventId);
        if (event == null || (!event.published() && !organises(event))) {
            throw new UnknownEntityException("event", eventId);
        }
        return view(event);
    }

    @PermitAll
    public List<CampaignView> campaigns() {
        return entityManager.createNamedQuery(Campaign.ALL, Campaign.class).getResultStream()
                .map(campaign -> new CampaignView(campaign.id(), campaign.code(), campaign.name(),
                        campaign.kind().name(), campaign.startsOn(), campaign.endsOn(), campaign.description()))
                .toList();
    }

    /** Sessions of published events overlapping a period, for the campaign calendar. */
    @PermitAll
    public List<CalendarEntry> calendar(@NotNull Instant from, @NotNull Instant to) {
        Map<Long, Event> events = new HashMap<>();
        return entityManager.createNamedQuery(EventSession.BETWEEN, EventSession.class).setParameter("from", from)
                .setParameter("to", to).setMaxResults(2000).getResultStream()
                .filter(session -> events.computeIfAbsent(session.eventId(),
                        id -> entityManager.find(Event.class, id)).published())
                .map(session -> new CalendarEntry(session.id(), session.eventId(),
                        events.get(session.eventId()).title(), session.venue(), session.address(),
                        session.startsAt(), session.endsAt(), session.free()))
                .toList();
    }

    /** A session of the calendar. */
    public record CalendarEntry(long sessionId, long eventId, String title, String venue, String address,
                                Instant startsAt, Instant endsAt, int free) {
    }

    /** A campaign such as 安全生产月 2027. */
    public record CampaignView(long id, String code, String name, String kind, java.time.LocalDate startsOn,
                               java.time.LocalDate endsOn, String description) {
    }

    /**
     * Registers the caller (and their party) for a session: places held at once when free and nobody waits before
     * them, otherwise a place on the waiting list.
     */
    @RolesAllowed("CITIZEN")
    public RegistrationView register(long sessionId, @NotNull RegistrationRequest request) {
        AccountView me = me();
        Instant now = clock.instant();
        EventSession session = entityManager.find(EventSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        Event event = session == null ? null : entityManager.find(Event.class, session.eventId());
        if (event == null || !event.published()) {
            throw new UnknownEntityException("session", sessionId);
        }
        if (!now.isBefore(session.startsAt())) {
            throw new BusinessException("registration.event.started");
        }
        String name = request.name() == null || request.name().isBlank() ? me.displayName() : request.name().strip();
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new BusinessException("registration.event.nameRequired");
        }
        int party = request.partySize() == null ? 1 : request.partySize();
        if (party < 1 || party > event.maxGroup()) {
            throw new BusinessException("registration.event.partyInvalid", event.maxGroup());
        }
        String companions = request.companions() == null || request.companions().isBlank() ? null
                : request.companions().strip();
        if (companions != null && companions.length() > 10_000) {
            throw new BusinessException("registration.event.companionsTooLong");
        }
        String answers = answers(event, request.answers());
        boolean already = entityManager.createQuery("SELECT COUNT(r) FROM EventRegistration r WHERE r.sessionId = "
                        + ":session AND r.accountId = :account AND r.status IN :counting", Long.class)
                .setParameter("session", sessionId).setParameter("account", me.id())
                .setParameter("counting", COUNTING).getSingleResult() > 0;
        if (already) {
            throw new BusinessException("registration.event.already");
        }
        boolean someoneWaits = !entityManager.createNamedQuery(EventRegistration.WAITING, EventRegistration.class)
                .setParameter("session", sessionId).setMaxResults(1).getResultList().isEmpty();
        RegistrationStatus status;
        if (!someoneWaits && session.fits(party)) {
            session.hold(party);
            status = RegistrationStatus.CONFIRMED;
        } else {
            status = RegistrationStatus.WAITLISTED;
        }
        EventRegistration registration = new EventRegistration(sessionId, me.id(), name, party, companions, answers,
                status, Tickets.next("EV"), now);
        entityManager.persist(registration);
        entityManager.flush();
        audit(me.id(), me.login(), "event.register", registration, status.name() + ", " + party + " people");
        mail(registration, "event." + status.name().toLowerCase(java.util.Locale.ROOT), event, session);
        return view(registration);
    }

    @RolesAllowed("CITIZEN")
    public RegistrationView cancel(long registrationId) {
        AccountView me = me();
        EventRegistration registration = own(registrationId, me);
        EventSession session = entityManager.find(EventSession.class, registration.sessionId(),
                LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(registration);
        if (registration.status() == RegistrationStatus.CANCELLED || registration.status() == RegistrationStatus.EXPIRED
                || registration.status() == RegistrationStatus.CHECKED_IN) {
            throw new BusinessException("registration.event.notCancellable", registration.status().name());
        }
        Instant now = clock.instant();
        if (!now.isBefore(session.startsAt())) {
            throw new BusinessException("registration.event.started");
        }
        release(registration, RegistrationStatus.CANCELLED, session, now);
        audit(me.id(), me.login(), "event.cancel", registration, null);
        return view(registration);
    }

    @RolesAllowed("CITIZEN")
    public RegistrationView confirmOffer(long registrationId) {
        AccountView me = me();
        EventRegistration registration = own(registrationId, me);
        entityManager.find(EventSession.class, registration.sessionId(), LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(registration);
        if (registration.status() != RegistrationStatus.OFFERED
                || !clock.instant().isBefore(registration.offerExpiresAt())) {
            throw new BusinessException("registration.event.noOffer");
        }
        registration.moveTo(RegistrationStatus.CONFIRMED);
        audit(me.id(), me.login(), "event.confirmOffer", registration, null);
        return view(registration);
    }

    @RolesAllowed("CITIZEN")
    public List<RegistrationView> mine() {
        AccountView me = me();
        return entityManager.createNamedQuery(EventRegistration.OF_ACCOUNT, EventRegistration.class)
                .setParameter("account", me.id()).setMaxResults(200).getResultStream().map(this::view).toList();
    }

    @RolesAllowed("CITIZEN")
    public RegistrationView registration(long registrationId) {
        AccountView me = me();
        EventRegistration registration = entityManager.find(EventRegistration.class, registrationId);
        if (registration == null) {
            throw new UnknownEntityException("registration", registrationId);
        }
        if (registration.accountId() != me.id()) {
            requireOrganiser(me, eventOf(registration.sessionId()));
        }
        return view(registration);
    }

    /** Check-in at the door by the ticket's code (the QR code holds it), by the event's organiser. */
    @RolesAllowed({"EVENT_ORGANISER", "SYSTEM_ADMIN"})
    public RegistrationView checkIn(@NotNull String ticket) {
        AccountView me = me();
        EventRegistration registration = entityManager.createNamedQuery(EventRegistration.BY_TICKET,
                        EventRegistration.class).setParameter("ticket", ticket.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst().orElseThrow(() -> new UnknownEntityException("ticket", ticket));
        requireOrganiser(me, eventOf(registration.sessionId()));
        EventSession session = entityManager.find(EventSession.class, registration.sessionId(),
                LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(registration);
        Instant now = clock.instant();
        session.requireCheckInOpen(now);
        registration.checkIn(now);
        audit(me.id(), me.login(), "event.checkIn", registration, null);
        return view(registration);
    }

    /** The events of the organiser's organisation, published or not. */
    @RolesAllowed({"EVENT_ORGANISER", "SYSTEM_ADMIN"})
    public List<EventView> organised() {
        AccountView me = me();
        if (Organisers.everywhere(me)) {
            return entityManager.createQuery("SELECT e FROM Event e ORDER BY e.id DESC", Event.class)
                    .setMaxResults(500).getResultStream().map(this::view).toList();
        }
        return Organisers.organisations(me).stream().flatMap(organisation -> entityManager.createNamedQuery(
                Event.OF_ORGANISATION, Event.class).setParameter("organisation", organisation).getResultStream())
                .map(this::view).toList();
    }

    @RolesAllowed({"EVENT_ORGANISER", "SYSTEM_ADMIN"})
    public EventView create(@NotNull EventDraft draft) {
        AccountView me = me();
        Long organisation = Organisers.organisations(me).stream().findFirst().orElse(null);
        if (organisation == null) {
            throw new AccessDeniedException("event", "new");
        }
        Event event = new Event(null, organisation, "-", clock.instant());
        describe(event, draft);
        entityManager.persist(event);
        entityManager.flush();
        audit(me.id(), me.login(), "event.create", event.id(), event.title());
        return view(event);
    }

    @RolesAllowed({"EVENT_ORGANISER", "SYSTEM_ADMIN"})
    public EventView update(long eventId, @NotNull EventDraft draft) {
        AccountView me = me();
        Event event = organisedEvent(eventId, me);
        describe(event, draft);
        audit(me.id(), me.login(), "event.update", eventId, event.title());
        return view(event);
    }

    @RolesAllowed({"EVENT_ORGANISER", "SYSTEM_ADMIN"})
    public EventView publish(long eventId, boolean published) {
        AccountView me = me();
        Event event = organisedEvent(eventId, me);
        if (published && entityManager.createNamedQuery(EventSession.OF_EVENT, EventSession.class)
                .setParameter("event", eventId).getResultList().isEmpty()) {
            throw new BusinessException("event.noSessions");
        }
        event.publish(published);
        audit(me.id(), me.login(), published ? "event.publish" : "event.withdraw", eventId, null);
        return view(event);
    }

    @RolesAllowed({"EVENT_ORGANISER", "SYSTEM_ADMIN"})
    public EventView addSession(long eventId, @NotNull SessionDraft draft) {
        AccountView me = me();
        Event event = organisedEvent(eventId, me);
        String venue = draft.venue() == null ? "" : draft.venue().strip();
        if (venue.isEmpty() || venue.length() > 200) {
            throw new BusinessException("event.venueRequired");
        }
        if (!draft.startsAt().isBefore(draft.endsAt())) {
            throw new BusinessException("event.sessionOrder");
        }
        if (!draft.startsAt().isAfter(clock.instant())) {
            throw new BusinessException("event.sessionInThePast");
        }
        if (draft.capacity() < 1 || draft.capacity() > 100_000) {
            throw new BusinessException("event.capacityInvalid");
        }
        String address = draft.address() == null || draft.address().isBlank() ? null : draft.address().strip();
        if (address != null && address.length() > 300) {
            throw new BusinessException("event.addressTooLong");
        }
        if (event.campaignId() != null) {
            entityManager.find(Campaign.class, event.campaignId()).requireHolds(draft.startsAt(), draft.endsAt());
        }
        EventSession session = new EventSession(eventId, venue, address, draft.startsAt(), draft.endsAt(),
                draft.capacity());
        entityManager.persist(session);
        entityManager.flush();
        audit(me.id(), me.login(), "event.session.add", eventId, venue + " " + draft.startsAt());
        return view(event);
    }

    /** A session's registrations in arrival order, for its organiser. */
    @RolesAllowed({"EVENT_ORGANISER", "SYSTEM_ADMIN"})
    public List<RegistrationView> registrations(long sessionId) {
        AccountView me = me();
        requireOrganiser(me, eventOf(sessionId));
        return entityManager.createNamedQuery(EventRegistration.OF_SESSION, EventRegistration.class)
                .setParameter("session", sessionId).getResultStream().map(this::view).toList();
    }

    /**
     * Creates an event with one session for an accepted outreach request (called by the outreach boundary, which
     * has checked the organiser); published at once.
     */
    @RolesAllowed({"EVENT_ORGANISER", "SYSTEM_ADMIN"})
    public long createForOutreach(long organisationId, String title, String description, String venue,
                                  String address, Instant startsAt, int capacity) {
        Event event = new Event(null, organisationId, title, clock.instant());
        event.describe(null, title, description, "OUTREACH", null, 1);
        entityManager.persist(event);
        entityManager.flush();
        entityManager.persist(new EventSession(event.id(), venue, address, startsAt, startsAt.plus(Duration.ofHours(2)),
                capacity));
        event.publish(true);
        return event.id();
    }

    /** The timed work of registrations: offers that ran out, waiting lists of sessions that began, reminders. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runDue(Instant now) {
        Events self = caller.getBusinessObject(Events.class);
        for (Number id : self.due("SELECT id FROM booking_registration WHERE status = 'OFFERED' AND offer_expires_at <= ?",
                now)) {
            self.expire(id.longValue(), now);
        }
        for (Number id : self.due("SELECT r.id FROM booking_registration r JOIN booking_event_session s ON s.id = "
                + "r.session_id WHERE r.status = 'WAITLISTED' AND s.starts_at <= ?", now)) {
            self.expire(id.longValue(), now);
        }
        self.remindBatch(now);
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Number> due(String sql, Instant now) {
        return entityManager.createNativeQuery(sql + " ORDER BY 1 LIMIT 500").setParameter(1, Timestamp.from(now))
                .getResultList();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void expire(long registrationId, Instant now) {
        EventRegistration registration = entityManager.find(EventRegistration.class, registrationId);
        if (registration == null) {
            return;
        }
        EventSession session = entityManager.find(EventSession.class, registration.sessionId(),
                LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(registration);
        boolean offerOver = registration.status() == RegistrationStatus.OFFERED
                && !now.isBefore(registration.offerExpiresAt());
        boolean waitOver = registration.status() == RegistrationStatus.WAITLISTED && !now.isBefore(session.startsAt());
        if (!offerOver && !waitOver) {
            return; // decided meanwhile, here or on another instance
        }
        release(registration, RegistrationStatus.EXPIRED, session, now);
        audit(null, "system", "event.expire", registration, null);
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remindBatch(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("SELECT id FROM booking_registration WHERE status = "
                        + "'CONFIRMED' AND reminded_at IS NULL AND session_id IN (SELECT id FROM booking_event_session "
                        + "WHERE starts_at > ? AND starts_at <= ?) ORDER BY id LIMIT 200 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now)).setParameter(2, Timestamp.from(now.plus(REMIND_BEFORE)))
                .getResultList();
        for (Number id : ids) {
            EventRegistration registration = entityManager.find(EventRegistration.class, id.longValue());
            EventSession session = entityManager.find(EventSession.class, registration.sessionId());
            mail(registration, "event.reminder", entityManager.find(Event.class, session.eventId()), session);
            registration.remind(now);
        }
        return ids.size();
    }

    private void release(EventRegistration registration, RegistrationStatus end, EventSession session, Instant now) {
        if (registration.status().holdsPlaces()) {
            session.release(registration.partySize());
        }
        registration.moveTo(end);
        Instant deadline = Inputs.offerDeadline(now, OFFER_TIME, session.startsAt()).orElse(null);
        if (deadline == null) {
            return; // too late to come: the places stay free for walk-ins
        }
        Event event = entityManager.find(Event.class, session.eventId());
        for (EventRegistration waiting : entityManager.createNamedQuery(EventRegistration.WAITING,
                EventRegistration.class).setParameter("session", session.id()).getResultList()) {
            if (!session.fits(waiting.partySize())) {
                break;
            }
            session.hold(waiting.partySize());
            waiting.offer(deadline);
            audit(null, "system", "event.offer", waiting, "until " + deadline);
            mail(waiting, "event.offered", event, session);
        }
    }

    private String answers(Event event, List<String> given) {
        List<EventView.Question> questions = questions(event.questions());
        if (questions.isEmpty()) {
            return null;
        }
        List<String> answers = given == null ? List.of() : given;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            String answer = i < answers.size() && answers.get(i) != null ? answers.get(i).strip() : "";
            if (answer.isEmpty() && questions.get(i).required()) {
                throw new BusinessException("registration.event.answerRequired", questions.get(i).text());
            }
            if (answer.length() > 500) {
                throw new BusinessException("registration.event.answerTooLong", questions.get(i).text());
            }
            text.append(questions.get(i).text()).append(": ").append(answer.replace('\n', ' ')).append('\n');
        }
        return text.toString().strip();
    }

    static List<EventView.Question> questions(String lines) {
        List<EventView.Question> questions = new ArrayList<>();
        if (lines == null) {
            return questions;
        }
        for (String line : lines.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean required = text.endsWith("*");
            questions.add(new EventView.Question(required ? text.substring(0, text.length() - 1).strip() : text,
                    required));
        }
        return questions;
    }

    private void describe(Event event, EventDraft draft) {
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new BusinessException("event.titleRequired");
        }
        int maxGroup = draft.maxGroup() == null ? 1 : draft.maxGroup();
        if (maxGroup < 1 || maxGroup > 200) {
            throw new BusinessException("event.maxGroupInvalid");
        }
        if (draft.campaignId() != null) {
            Campaign campaign = entityManager.find(Campaign.class, draft.campaignId());
            if (campaign == null) {
                throw new UnknownEntityException("campaign", draft.campaignId());
            }
            if (event.id() != null) {
                // moving an event into a campaign: its sessions must fit the campaign's dates too
                entityManager.createNamedQuery(EventSession.OF_EVENT, EventSession.class)
                        .setParameter("event", event.id()).getResultStream()
                        .forEach(session -> campaign.requireHolds(session.startsAt(), session.endsAt()));
            }
        }
        String questions = draft.questions() == null || draft.questions().isBlank() ? null : draft.questions().strip();
        if (questions != null && (questions.length() > 4000 || questions(questions).size() > 20)) {
            throw new BusinessException("event.tooManyQuestions");
        }
        String audience = draft.audience() == null || draft.audience().isBlank() ? "PUBLIC" : draft.audience().strip();
        if (audience.length() > 30) {
            throw new BusinessException("event.audienceInvalid");
        }
        String description = draft.description() == null ? null : draft.description().strip();
        if (description != null && description.length() > 20_000) {
            throw new BusinessException("event.descriptionTooLong");
        }
        event.describe(draft.campaignId(), title, description, audience, questions, maxGroup);
    }

    private Event organisedEvent(long eventId, AccountView me) {
        Event event = entityManager.find(Event.class, eventId);
        if (event == null) {
            throw new UnknownEntityException("event", eventId);
        }
        requireOrganiser(me, event);
        return event;
    }

    private Event eventOf(long sessionId) {
        EventSession session = entityManager.find(EventSession.class, sessionId);
        if (session == null) {
            throw new UnknownEntityException("session", sessionId);
        }
        return entityManager.find(Event.class, session.eventId());
    }

    private EventRegistration own(long registrationId, AccountView me) {
        EventRegistration registration = entityManager.find(EventRegistration.class, registrationId);
        if (registration == null || registration.accountId() != me.id()) {
            throw new UnknownEntityException("registration", registrationId);
        }
        return registration;
    }

    private boolean organises(Event event) {
        if (caller.getCallerPrincipal() == null || !caller.isCallerInRole("EVENT_ORGANISER")
                && !caller.isCallerInRole("SYSTEM_ADMIN")) {
            return false;
        }
        AccountView me = me();
        return Organisers.of(me, event.organisationId());
    }

    private void requireOrganiser(AccountView me, Event event) {
        if (!Organisers.of(me, event.organisationId())) {
            throw new AccessDeniedException("event", event.id());
        }
    }

    private EventView view(Event event) {
        Campaign campaign = event.campaignId() == null ? null : entityManager.find(Campaign.class, event.campaignId());
        List<EventSession> sessions = entityManager.createNamedQuery(EventSession.OF_EVENT, EventSession.class)
                .setParameter("event", event.id()).getResultList();
        Map<Long, Long> waiting = new HashMap<>();
        if (!sessions.isEmpty()) {
            entityManager.createQuery("SELECT r.sessionId, COUNT(r) FROM EventRegistration r WHERE r.sessionId IN "
                            + ":sessions AND r.status = org.anquan.booking.event.entity.RegistrationStatus.WAITLISTED "
                            + "GROUP BY r.sessionId", Object[].class)
                    .setParameter("sessions", sessions.stream().map(EventSession::id).toList()).getResultStream()
                    .forEach(row -> waiting.put((Long) row[0], (Long) row[1]));
        }
        return new EventView(event.id(), event.title(), event.description(), event.campaignId(),
                campaign == null ? null : campaign.name(), campaign == null ? null : campaign.kind().name(),
                event.organisationId(), event.audience(), event.maxGroup(), questions(event.questions()),
                event.published(), sessions.stream().map(session -> new EventView.Session(session.id(),
                        session.venue(), session.address(), session.startsAt(), session.endsAt(), session.capacity(),
                        session.free(), waiting.getOrDefault(session.id(), 0L).intValue())).toList());
    }

    private RegistrationView view(EventRegistration registration) {
        EventSession session = entityManager.find(EventSession.class, registration.sessionId());
        Event event = entityManager.find(Event.class, session.eventId());
        Integer position = null;
        if (registration.status() == RegistrationStatus.WAITLISTED) {
            position = entityManager.createQuery("SELECT COUNT(r) FROM EventRegistration r WHERE r.sessionId = :session "
                            + "AND r.status = org.anquan.booking.event.entity.RegistrationStatus.WAITLISTED "
                            + "AND r.id < :id", Long.class).setParameter("session", session.id())
                    .setParameter("id", registration.id()).getSingleResult().intValue() + 1;
        }
        return new RegistrationView(registration.id(), registration.ticket(), registration.status(), event.id(),
                event.title(), session.id(), session.venue(), session.address(), session.startsAt(),
                session.endsAt(), registration.name(), registration.partySize(), registration.companions(),
                registration.answers(), registration.createdAt(), registration.offerExpiresAt(), position,
                registration.checkedInAt());
    }

    private void mail(EventRegistration registration, String template, Event event, EventSession session) {
        accounts.emailOf(registration.accountId()).ifPresent(address -> {
            BookingMails.Mail mail = BookingMails.of(template, registration.name(), event.title(), session.venue(),
                    session.startsAt(), registration.partySize(), registration.ticket(),
                    registration.offerExpiresAt() == null ? "" : registration.offerExpiresAt(),
                    session.address() == null ? "" : session.address());
            outbox.queue(address, mail.subject(), mail.body());
        });
    }

    private void audit(Long actorId, String actor, String action, EventRegistration registration, String detail) {
        audit(actorId, actor, action, registration.id(), detail, "event-registration");
    }

    private void audit(Long actorId, String actor, String action, Long eventId, String detail) {
        audit(actorId, actor, action, eventId, detail, "event");
    }

    private void audit(Long actorId, String actor, String action, Long id, String detail, String type) {
        AuditTrail.append(entityManager, new AuditEntry(clock.instant(), actorId, actor, action, type, String.valueOf(id),
                Outcome.SUCCESS, null, detail));
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
