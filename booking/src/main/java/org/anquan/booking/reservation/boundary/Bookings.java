package org.anquan.booking.reservation.boundary;

import org.anquan.booking.control.Inputs;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.anquan.booking.base.control.SlotRules;
import org.anquan.booking.base.entity.Closure;
import org.anquan.booking.base.entity.Facility;
import org.anquan.booking.base.entity.OpeningHours;
import org.anquan.booking.base.entity.TrainingBase;
import org.anquan.booking.reservation.control.BaseStaff;
import org.anquan.booking.reservation.control.Queue;
import org.anquan.booking.reservation.control.Tickets;
import org.anquan.booking.reservation.entity.Booking;
import org.anquan.booking.reservation.entity.BookingStatus;
import org.anquan.booking.reservation.entity.Slot;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Drill bookings of facility slots. Every change of places first locks the facility's row, then the slot's: the
 * bookings of one facility are decided one after the other on every instance, so the places held never exceed the
 * capacity and the waiting list keeps the order of arrival, whatever the concurrency.
 */
@Stateless
public class Bookings {

    static final int MAX_PARTICIPANTS_CHARS = 20_000;
    static final Set<String> ORGANISATION_KINDS = Set.of("ENTERPRISE", "SCHOOL", "RESCUE_TEAM", "VOLUNTEER_TEAM",
            "COMMUNITY", "OTHER");

    @PersistenceContext(unitName = "booking")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    @EJB
    Queue queue;

    @Inject
    Clock clock;

    /** A facility's slots of the days from {@code from} to {@code to}: places left, waiting groups, bookable or not. */
    @PermitAll
    public List<SlotView> availability(long facilityId, @NotNull LocalDate from, @NotNull LocalDate to) {
        Facility facility = facility(facilityId);
        TrainingBase base = publishedBase(facility.baseId());
        if (to.isBefore(from) || from.plusDays(62).isBefore(to)) {
            throw new BusinessException("booking.badRange");
        }
        List<OpeningHours> hours = hoursOf(base.id());
        Instant start = from.atStartOfDay(SlotRules.CHINA).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(SlotRules.CHINA).toInstant();
        List<Closure> closures = entityManager.createNamedQuery(Closure.OF_BASE, Closure.class)
                .setParameter("base", base.id()).setParameter("from", start).setParameter("to", end).getResultList();
        Map<Instant, Slot> booked = new HashMap<>();
        entityManager.createNamedQuery(Slot.BETWEEN, Slot.class).setParameter("facility", facilityId)
                .setParameter("from", start).setParameter("to", end).getResultStream()
                .forEach(slot -> booked.put(slot.startsAt(), slot));
        Map<Long, Long> waiting = new HashMap<>();
        if (!booked.isEmpty()) {
            entityManager.createQuery("SELECT b.slotId, COUNT(b) FROM Booking b WHERE b.slotId IN :slots AND b.status = "
                            + "org.anquan.booking.reservation.entity.BookingStatus.WAITLISTED GROUP BY b.slotId",
                    Object[].class).setParameter("slots", booked.values().stream().map(Slot::id).toList())
                    .getResultStream().forEach(row -> waiting.put((Long) row[0], (Long) row[1]));
        }
        Instant now = clock.instant();
        List<SlotView> views = new ArrayList<>();
        for (SlotRules.Period period : SlotRules.slots(facility, hours, from, to)) {
            Slot slot = booked.get(period.startsAt());
            int capacity = slot == null ? facility.capacity() : slot.capacity();
            int free = slot == null ? capacity : slot.free();
            int queued = slot == null ? 0 : waiting.getOrDefault(slot.id(), 0L).intValue();
            boolean bookable = facility.active()
                    && SlotRules.refusal(facility, hours, closures, period.startsAt(), now) == null;
            SlotView.State state = !bookable ? SlotView.State.CLOSED
                    : free > 0 && queued == 0 ? SlotView.State.OPEN : SlotView.State.FULL;
            views.add(new SlotView(period.startsAt(), period.endsAt(), capacity, free, queued, state));
        }
        return views;
    }

    /**
     * Books a slot for a group. Places are held at once (confirmed, or pending the base's approval) when they are
     * free and nobody waits before the group; otherwise the group joins the waiting list.
     */
    @RolesAllowed("CITIZEN")
    public BookingView book(@NotNull BookingRequest request) {
        AccountView me = me();
        Instant now = clock.instant();
        String groupName = Inputs.required(request.groupName(), 200, "booking.groupNameRequired");
        String purpose = Inputs.required(request.purpose(), 200, "booking.purposeRequired");
        String contactName = Inputs.required(request.contactName(), 100, "booking.contactNameRequired");
        String contactPhone = Inputs.required(request.contactPhone(), 30, "booking.contactPhoneRequired");
        if (!contactPhone.matches("[0-9+\\- ]{5,30}")) {
            throw new BusinessException("booking.contactPhoneInvalid");
        }
        String kind = request.organisationKind() == null ? "OTHER" : request.organisationKind();
        if (!ORGANISATION_KINDS.contains(kind)) {
            throw new BusinessException("booking.organisationKindInvalid");
        }
        String participants = request.participants() == null || request.participants().isBlank() ? null
                : request.participants().strip();
        if (participants != null && participants.length() > MAX_PARTICIPANTS_CHARS) {
            throw new BusinessException("booking.participantsTooLong");
        }
        int headCount = request.headCount();
        // the rules are checked before the lock, so that the line of bookings waiting for it moves quickly
        Facility facility = entityManager.find(Facility.class, request.facilityId());
        requireBookable(facility, request.facilityId(), headCount);
        TrainingBase base = publishedBase(facility.baseId());
        List<OpeningHours> hours = hoursOf(base.id());
        SlotRules.Period period = SlotRules.slots(facility, hours, localDay(request.startsAt()),
                localDay(request.startsAt())).stream().filter(slot -> slot.startsAt().equals(request.startsAt()))
                .findFirst().orElse(null);
        List<Closure> closures = period == null ? List.of() : entityManager.createNamedQuery(Closure.OF_BASE,
                        Closure.class).setParameter("base", base.id()).setParameter("from", period.startsAt())
                .setParameter("to", period.endsAt()).getResultList();
        SlotRules.Refusal refusal = SlotRules.refusal(facility, hours, closures, request.startsAt(), now);
        if (refusal != null) {
            throw new BusinessException("booking.slot." + refusal.name(), facility.minNoticeHours(),
                    facility.maxAheadDays());
        }
        Long organisationId = me.grants().stream().map(AccountView.Grant::organisationId).filter(Objects::nonNull)
                .findFirst().orElse(null);
        // the facility's row lock puts every change of its places in one line; its settings are read again under it
        entityManager.refresh(facility, LockModeType.PESSIMISTIC_WRITE);
        requireBookable(facility, request.facilityId(), headCount);
        requireQuota(facility, me.id(), organisationId, request.startsAt());
        Slot slot = entityManager.createNamedQuery(Slot.AT, Slot.class).setParameter("facility", facility.id())
                .setParameter("start", request.startsAt()).getResultStream().findFirst().orElse(null);
        if (slot == null) {
            slot = new Slot(facility.id(), period.startsAt(), period.endsAt(), facility.capacity());
            entityManager.persist(slot);
            entityManager.flush();
        }
        boolean someoneWaits = !entityManager.createNamedQuery(Booking.WAITING, Booking.class)
                .setParameter("slot", slot.id()).setMaxResults(1).getResultList().isEmpty();
        boolean mine = entityManager.createQuery("SELECT COUNT(b) FROM Booking b WHERE b.slotId = :slot AND "
                        + "b.accountId = :account AND b.status IN :active", Long.class)
                .setParameter("slot", slot.id()).setParameter("account", me.id())
                .setParameter("active", List.of(BookingStatus.PENDING, BookingStatus.CONFIRMED, BookingStatus.OFFERED,
                        BookingStatus.WAITLISTED, BookingStatus.CHECKED_IN)).getSingleResult() > 0;
        if (mine) {
            throw new BusinessException("booking.alreadyBooked");
        }
        BookingStatus status;
        if (!someoneWaits && slot.fits(headCount)) {
            slot.hold(headCount);
            status = facility.autoApprove() ? BookingStatus.CONFIRMED : BookingStatus.PENDING;
        } else {
            status = BookingStatus.WAITLISTED;
        }
        Booking booking = new Booking(slot.id(), facility.id(), me.id(), organisationId, kind, groupName, headCount,
                purpose, contactName, contactPhone, participants, status, Tickets.next("BK"), now);
        if (status == BookingStatus.CONFIRMED) {
            booking.moveTo(BookingStatus.CONFIRMED, now);
        }
        entityManager.persist(booking);
        entityManager.flush();
        queue.audit(me.id(), me.login(), "booking.create", booking, status.name() + ", " + headCount + " people");
        queue.mail(booking, "booking." + status.name().toLowerCase(java.util.Locale.ROOT), base, facility, slot);
        return queue.view(booking);
    }

    /** Cancels one's own booking before the facility's deadline; the places go to the waiting list at once. */
    @RolesAllowed("CITIZEN")
    public BookingView cancel(long bookingId) {
        AccountView me = me();
        Booking booking = own(bookingId, me);
        Facility facility = entityManager.find(Facility.class, booking.facilityId(), LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(booking);
        Slot slot = entityManager.find(Slot.class, booking.slotId(), LockModeType.PESSIMISTIC_WRITE);
        if (!booking.status().cancellable()) {
            throw new BusinessException("booking.notCancellable", booking.status().name());
        }
        Instant now = clock.instant();
        if (booking.status() != BookingStatus.WAITLISTED
                && now.isAfter(slot.startsAt().minus(Duration.ofHours(facility.cancelHours())))) {
            throw new BusinessException("booking.cancelDeadlinePassed", facility.cancelHours());
        }
        queue.release(booking, BookingStatus.CANCELLED, slot, facility, now);
        queue.audit(me.id(), me.login(), "booking.cancel", booking, null);
        return queue.view(booking);
    }

    /** Confirms the places the waiting list offered, before the offer's deadline. */
    @RolesAllowed("CITIZEN")
    public BookingView confirmOffer(long bookingId) {
        AccountView me = me();
        Booking booking = own(bookingId, me);
        Facility facility = entityManager.find(Facility.class, booking.facilityId(), LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(booking);
        Instant now = clock.instant();
        if (booking.status() != BookingStatus.OFFERED || !now.isBefore(booking.offerExpiresAt())) {
            throw new BusinessException("booking.noOffer");
        }
        booking.moveTo(facility.autoApprove() ? BookingStatus.CONFIRMED : BookingStatus.PENDING, now);
        queue.audit(me.id(), me.login(), "booking.confirmOffer", booking, booking.status().name());
        return queue.view(booking);
    }

    @RolesAllowed("CITIZEN")
    public List<BookingView> mine() {
        AccountView me = me();
        return entityManager.createNamedQuery(Booking.OF_ACCOUNT, Booking.class).setParameter("account", me.id())
                .setMaxResults(200).getResultStream().map(queue::view).toList();
    }

    @RolesAllowed("CITIZEN")
    public BookingView one(long bookingId) {
        AccountView me = me();
        Booking booking = entityManager.find(Booking.class, bookingId);
        if (booking == null) {
            throw new UnknownEntityException("booking", bookingId);
        }
        if (booking.accountId() != me.id()) {
            BaseStaff.require(me, base(facility(booking.facilityId()).baseId()), "booking", bookingId);
        }
        return queue.view(booking);
    }

    /** The bookings of a base from a day on (for its staff), by slot time. */
    @RolesAllowed({"BASE_ADMIN", "SYSTEM_ADMIN"})
    public List<BookingView> ofBase(long baseId, @NotNull LocalDate from, @NotNull LocalDate to) {
        AccountView me = me();
        BaseStaff.require(me, base(baseId), "base", baseId);
        return entityManager.createQuery("SELECT b FROM Booking b, Slot s, Facility f WHERE b.slotId = s.id "
                        + "AND b.facilityId = f.id AND f.baseId = :base AND s.startsAt >= :from AND s.startsAt < :to "
                        + "ORDER BY s.startsAt, b.id", Booking.class)
                .setParameter("base", baseId)
                .setParameter("from", from.atStartOfDay(SlotRules.CHINA).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(SlotRules.CHINA).toInstant())
                .setMaxResults(2000).getResultStream().map(queue::view).toList();
    }

    /** The base approves a pending booking (the places were held when it was made). */
    @RolesAllowed({"BASE_ADMIN", "SYSTEM_ADMIN"})
    public BookingView approve(long bookingId) {
        AccountView me = me();
        Booking booking = staffed(bookingId, me);
        entityManager.find(Facility.class, booking.facilityId(), LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(booking);
        if (booking.status() != BookingStatus.PENDING) {
            throw new BusinessException("booking.notPending", booking.status().name());
        }
        Instant now = clock.instant();
        booking.moveTo(BookingStatus.CONFIRMED, now);
        queue.audit(me.id(), me.login(), "booking.approve", booking, null);
        Facility facility = facility(booking.facilityId());
        queue.mail(booking, "booking.approved", base(facility.baseId()), facility,
                entityManager.find(Slot.class, booking.slotId()));
        return queue.view(booking);
    }

    /** The base refuses a booking that waits for approval or on the waiting list; its places go to the next group. */
    @RolesAllowed({"BASE_ADMIN", "SYSTEM_ADMIN"})
    public BookingView reject(long bookingId, String reason) {
        AccountView me = me();
        Booking booking = staffed(bookingId, me);
        Facility facility = entityManager.find(Facility.class, booking.facilityId(), LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(booking);
        if (booking.status() != BookingStatus.PENDING && booking.status() != BookingStatus.WAITLISTED) {
            throw new BusinessException("booking.notPending", booking.status().name());
        }
        Slot slot = entityManager.find(Slot.class, booking.slotId(), LockModeType.PESSIMISTIC_WRITE);
        queue.release(booking, BookingStatus.REJECTED, slot, facility, clock.instant());
        queue.audit(me.id(), me.login(), "booking.reject", booking, reason);
        queue.mail(booking, "booking.rejected", base(facility.baseId()), facility, slot,
                reason == null ? "" : reason.strip());
        return queue.view(booking);
    }

    /** Check-in at the gate by the ticket's code (the QR code holds it), on the day of the slot. */
    @RolesAllowed({"BASE_ADMIN", "SYSTEM_ADMIN"})
    public BookingView checkIn(@NotNull String ticket) {
        AccountView me = me();
        Booking booking = entityManager.createNamedQuery(Booking.BY_TICKET, Booking.class)
                .setParameter("ticket", ticket.strip().toUpperCase(java.util.Locale.ROOT)).getResultStream()
                .findFirst().orElseThrow(() -> new UnknownEntityException("ticket", ticket));
        Facility facility = facility(booking.facilityId());
        BaseStaff.require(me, base(facility.baseId()), "ticket", ticket);
        entityManager.find(Facility.class, facility.id(), LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(booking);
        Slot slot = entityManager.find(Slot.class, booking.slotId());
        Instant now = clock.instant();
        if (!localDay(slot.startsAt()).equals(localDay(now))) {
            throw new BusinessException("booking.checkInOtherDay", slot.startsAt());
        }
        booking.checkIn(now);
        queue.audit(me.id(), me.login(), "booking.checkIn", booking, null);
        return queue.view(booking);
    }

    /** The drill record after the slot: how many came, what was practised, the base's evaluation. */
    @RolesAllowed({"BASE_ADMIN", "SYSTEM_ADMIN"})
    public BookingView record(long bookingId, int attendance, String practised, String evaluation) {
        AccountView me = me();
        Booking booking = staffed(bookingId, me);
        if (booking.status() != BookingStatus.CHECKED_IN) {
            throw new BusinessException("booking.recordNeedsCheckIn");
        }
        if (attendance < 0 || attendance > booking.headCount() * 2) {
            throw new BusinessException("booking.attendanceInvalid");
        }
        booking.record(attendance, Inputs.cut(practised, 1000), Inputs.cut(evaluation, 2000));
        queue.audit(me.id(), me.login(), "booking.record", booking, attendance + " attended");
        return queue.view(booking);
    }

    private void requireQuota(Facility facility, long accountId, Long organisationId, Instant startsAt) {
        if (facility.monthlyQuota() == null) {
            return;
        }
        YearMonth month = YearMonth.from(startsAt.atZone(SlotRules.CHINA));
        Instant from = month.atDay(1).atStartOfDay(SlotRules.CHINA).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(SlotRules.CHINA).toInstant();
        String who = organisationId != null ? "b.organisationId = :who" : "b.accountId = :who";
        long used = entityManager.createQuery("SELECT COUNT(b) FROM Booking b, Slot s WHERE b.slotId = s.id AND "
                        + "b.facilityId = :facility AND " + who + " AND s.startsAt >= :from AND s.startsAt < :to "
                        + "AND b.status IN :active", Long.class)
                .setParameter("facility", facility.id())
                .setParameter("who", organisationId != null ? organisationId : accountId)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("active", List.of(BookingStatus.PENDING, BookingStatus.CONFIRMED, BookingStatus.OFFERED,
                        BookingStatus.WAITLISTED, BookingStatus.CHECKED_IN)).getSingleResult();
        if (used >= facility.monthlyQuota()) {
            throw new BusinessException("booking.quotaReached", facility.monthlyQuota());
        }
    }

    private Booking own(long bookingId, AccountView me) {
        Booking booking = entityManager.find(Booking.class, bookingId);
        if (booking == null || booking.accountId() != me.id()) {
            throw new UnknownEntityException("booking", bookingId);
        }
        return booking;
    }

    private Booking staffed(long bookingId, AccountView me) {
        Booking booking = entityManager.find(Booking.class, bookingId);
        if (booking == null) {
            throw new UnknownEntityException("booking", bookingId);
        }
        BaseStaff.require(me, base(facility(booking.facilityId()).baseId()), "booking", bookingId);
        return booking;
    }

    private static void requireBookable(Facility facility, long facilityId, int headCount) {
        if (facility == null || !facility.active()) {
            throw new UnknownEntityException("facility", facilityId);
        }
        if (headCount < 1 || headCount > facility.capacity()) {
            throw new BusinessException("booking.headCountInvalid", facility.capacity());
        }
    }

    private Facility facility(long facilityId) {
        Facility facility = entityManager.find(Facility.class, facilityId);
        if (facility == null) {
            throw new UnknownEntityException("facility", facilityId);
        }
        return facility;
    }

    private TrainingBase base(long baseId) {
        TrainingBase base = entityManager.find(TrainingBase.class, baseId);
        if (base == null) {
            throw new UnknownEntityException("base", baseId);
        }
        return base;
    }

    private TrainingBase publishedBase(long baseId) {
        TrainingBase base = base(baseId);
        if (!base.published()) {
            throw new UnknownEntityException("base", baseId);
        }
        return base;
    }

    private List<OpeningHours> hoursOf(long baseId) {
        return entityManager.createNamedQuery(OpeningHours.OF_BASE, OpeningHours.class).setParameter("base", baseId)
                .getResultList();
    }

    private static LocalDate localDay(Instant instant) {
        return instant.atZone(SlotRules.CHINA).toLocalDate();
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
