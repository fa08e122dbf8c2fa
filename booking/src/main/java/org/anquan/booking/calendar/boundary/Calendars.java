package org.anquan.booking.calendar.boundary;

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
import org.anquan.booking.base.entity.Closure;
import org.anquan.booking.base.entity.Facility;
import org.anquan.booking.base.entity.TrainingBase;
import org.anquan.booking.calendar.boundary.CalendarItem.Kind;
import org.anquan.booking.calendar.boundary.CalendarItem.Status;
import org.anquan.booking.calendar.entity.Feed;
import org.anquan.booking.event.entity.Campaign;
import org.anquan.booking.event.entity.Event;
import org.anquan.booking.event.entity.EventRegistration;
import org.anquan.booking.event.entity.EventSession;
import org.anquan.booking.event.entity.RegistrationStatus;
import org.anquan.booking.reservation.entity.Booking;
import org.anquan.booking.reservation.entity.BookingStatus;
import org.anquan.booking.reservation.entity.Slot;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Calendars of the campaign events, of a base's booked slots and of a person's own bookings and registrations: for
 * the month/week/day pages (a visible range) and for the ICS feeds (a window around today). A base's calendar is
 * public and shows places, never who booked them; a person's own calendar is read by the secret token of its
 * subscription address, which its owner may renew (the old address stops working at once).
 */
@Stateless
public class Calendars {

    /** The widest range a page may ask for (a month view with its neighbouring weeks fits easily). */
    static final Duration MAX_RANGE = Duration.ofDays(62);
    static final Duration FEED_PAST = Duration.ofDays(90);
    static final Duration FEED_AHEAD = Duration.ofDays(400);
    private static final int MAX_ITEMS = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "booking")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    @Inject
    Clock clock;

    /** Sessions of published events (of one campaign, or of all) starting in the range. */
    @PermitAll
    public List<CalendarItem> campaign(@NotNull Instant from, @NotNull Instant to, Long campaignId) {
        requireRange(from, to);
        return sessions(from, to, campaignId);
    }

    /** A published base's booked slots (of one facility, or of all) and closures in the range. */
    @PermitAll
    public List<CalendarItem> base(long baseId, Long facilityId, @NotNull Instant from, @NotNull Instant to) {
        requireRange(from, to);
        return baseItems(publishedBase(baseId), facilityId, from, to);
    }

    /** The feed of a base: its booked slots and closures from three months back to a year ahead. */
    @PermitAll
    public CalendarFeed baseFeed(long baseId) {
        TrainingBase base = publishedBase(baseId);
        Instant now = clock.instant();
        return new CalendarFeed(base.name(), baseItems(base, null, now.minus(FEED_PAST), now.plus(FEED_AHEAD)));
    }

    /** The feed of the campaign calendar (of one campaign, or of all). */
    @PermitAll
    public CalendarFeed campaignFeed(Long campaignId) {
        String name = null;
        if (campaignId != null) {
            Campaign campaign = entityManager.find(Campaign.class, campaignId);
            if (campaign == null) {
                throw new UnknownEntityException("campaign", campaignId);
            }
            name = campaign.name();
        }
        Instant now = clock.instant();
        return new CalendarFeed(name, sessions(now.minus(FEED_PAST), now.plus(FEED_AHEAD), campaignId));
    }

    /** The feed of a person's own bookings and registrations, found by its secret token. */
    @PermitAll
    public CalendarFeed personalFeed(@NotNull String token) {
        Feed feed = entityManager.createNamedQuery(Feed.BY_TOKEN, Feed.class).setParameter("token", token)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownEntityException("feed", "?"));
        Instant since = clock.instant().minus(FEED_PAST);
        List<CalendarItem> items = new ArrayList<>(bookingsOf(feed.accountId(), since));
        items.addAll(registrationsOf(feed.accountId(), since));
        items.sort(Comparator.comparing(CalendarItem::startsAt));
        return new CalendarFeed(null, items);
    }

    /** The caller's feed token, created on the first request. */
    @RolesAllowed("CITIZEN")
    public String feedToken() {
        long me = me().id();
        Feed feed = entityManager.find(Feed.class, me);
        if (feed == null) {
            feed = new Feed(me, newToken());
            entityManager.persist(feed);
        }
        return feed.token();
    }

    /** A new token for the caller's feed: the old address answers 404 from now on. */
    @RolesAllowed("CITIZEN")
    public String renewFeedToken() {
        long me = me().id();
        Feed feed = entityManager.find(Feed.class, me);
        if (feed == null) {
            feed = new Feed(me, newToken());
            entityManager.persist(feed);
        } else {
            feed.renew(newToken());
        }
        return feed.token();
    }

    private List<CalendarItem> sessions(Instant from, Instant to, Long campaignId) {
        String campaign = campaignId == null ? "" : " AND e.campaignId = :campaign";
        var query = entityManager.createQuery("SELECT s, e FROM EventSession s, Event e WHERE s.eventId = e.id "
                + "AND e.published = true AND s.startsAt < :to AND s.endsAt > :from" + campaign
                + " ORDER BY s.startsAt, s.id", Object[].class).setParameter("from", from).setParameter("to", to);
        if (campaignId != null) {
            query.setParameter("campaign", campaignId);
        }
        return query.setMaxResults(MAX_ITEMS).getResultStream().map(row -> {
            EventSession session = (EventSession) row[0];
            Event event = (Event) row[1];
            return new CalendarItem("session-" + session.id() + "@anquan", Kind.SESSION, session.startsAt(),
                    session.endsAt(), event.title(), null, place(session.venue(), session.address()),
                    Status.CONFIRMED, event.id(), session.held(), session.capacity());
        }).toList();
    }

    private List<CalendarItem> baseItems(TrainingBase base, Long facilityId, Instant from, Instant to) {
        Map<Long, Facility> facilities = entityManager.createNamedQuery(Facility.OF_BASE, Facility.class)
                .setParameter("base", base.id()).getResultStream()
                .collect(Collectors.toMap(Facility::id, Function.identity()));
        if (facilityId != null && !facilities.containsKey(facilityId)) {
            throw new UnknownEntityException("facility", facilityId);
        }
        List<Long> shown = facilityId == null ? List.copyOf(facilities.keySet()) : List.of(facilityId);
        List<CalendarItem> items = new ArrayList<>();
        if (!shown.isEmpty()) {
            entityManager.createQuery("SELECT s FROM Slot s WHERE s.facilityId IN :facilities AND s.held > 0 "
                            + "AND s.startsAt < :to AND s.endsAt > :from ORDER BY s.startsAt, s.id", Slot.class)
                    .setParameter("facilities", shown).setParameter("from", from).setParameter("to", to)
                    .setMaxResults(MAX_ITEMS).getResultStream()
                    .forEach(slot -> items.add(new CalendarItem("slot-" + slot.id() + "@anquan", Kind.SLOT,
                            slot.startsAt(), slot.endsAt(), facilities.get(slot.facilityId()).name(), null,
                            base.name(), Status.CONFIRMED, null, slot.held(), slot.capacity())));
        }
        entityManager.createNamedQuery(Closure.OF_BASE, Closure.class).setParameter("base", base.id())
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .filter(closure -> facilityId == null || closure.facilityId() == null
                        || closure.facilityId().equals(facilityId))
                .forEach(closure -> items.add(new CalendarItem("closure-" + closure.id() + "@anquan",
                        Kind.CLOSURE, closure.startsAt(), closure.endsAt(), closure.reason(),
                        closure.facilityId() == null ? null : facilities.get(closure.facilityId()).name(),
                        base.name(), Status.CONFIRMED, null, 0, 0)));
        items.sort(Comparator.comparing(CalendarItem::startsAt));
        return items;
    }

    private List<CalendarItem> bookingsOf(long accountId, Instant since) {
        return entityManager.createQuery("SELECT b, s, f, t FROM Booking b, Slot s, Facility f, TrainingBase t "
                        + "WHERE b.slotId = s.id AND b.facilityId = f.id AND f.baseId = t.id "
                        + "AND b.accountId = :account AND s.startsAt >= :since ORDER BY s.startsAt, b.id",
                        Object[].class)
                .setParameter("account", accountId).setParameter("since", since).setMaxResults(MAX_ITEMS)
                .getResultStream().map(row -> {
                    Booking booking = (Booking) row[0];
                    Slot slot = (Slot) row[1];
                    TrainingBase base = (TrainingBase) row[3];
                    return new CalendarItem("booking-" + booking.id() + "@anquan", Kind.BOOKING, slot.startsAt(),
                            slot.endsAt(), ((Facility) row[2]).name(), booking.groupName(),
                            place(base.name(), base.address()), status(booking.status()), null,
                            booking.headCount(), slot.capacity());
                }).toList();
    }

    private List<CalendarItem> registrationsOf(long accountId, Instant since) {
        return entityManager.createQuery("SELECT r, s, e FROM EventRegistration r, EventSession s, Event e "
                        + "WHERE r.sessionId = s.id AND s.eventId = e.id AND r.accountId = :account "
                        + "AND s.startsAt >= :since ORDER BY s.startsAt, r.id", Object[].class)
                .setParameter("account", accountId).setParameter("since", since).setMaxResults(MAX_ITEMS)
                .getResultStream().map(row -> {
                    EventRegistration registration = (EventRegistration) row[0];
                    EventSession session = (EventSession) row[1];
                    Event event = (Event) row[2];
                    return new CalendarItem("registration-" + registration.id() + "@anquan", Kind.REGISTRATION,
                            session.startsAt(), session.endsAt(), event.title(), registration.name(),
                            place(session.venue(), session.address()), status(registration.status()), event.id(),
                            registration.partySize(), session.capacity());
                }).toList();
    }

    /** Held places and a check-in are confirmed; waiting or awaiting approval is tentative; the rest is off. */
    static Status status(BookingStatus status) {
        return switch (status) {
            case CONFIRMED, CHECKED_IN, NO_SHOW -> Status.CONFIRMED;
            case PENDING, WAITLISTED, OFFERED -> Status.TENTATIVE;
            case CANCELLED, REJECTED, EXPIRED -> Status.CANCELLED;
        };
    }

    static Status status(RegistrationStatus status) {
        return switch (status) {
            case CONFIRMED, CHECKED_IN -> Status.CONFIRMED;
            case WAITLISTED, OFFERED -> Status.TENTATIVE;
            case CANCELLED, EXPIRED -> Status.CANCELLED;
        };
    }

    private static String place(String name, String address) {
        return address == null || address.isBlank() ? name : name + ", " + address;
    }

    private static void requireRange(Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new BusinessException("calendar.badRange");
        }
    }

    private TrainingBase publishedBase(long baseId) {
        TrainingBase base = entityManager.find(TrainingBase.class, baseId);
        if (base == null || !base.published()) {
            throw new UnknownEntityException("base", baseId);
        }
        return base;
    }

    private static String newToken() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
