package org.anquan.booking.base.boundary;

import org.anquan.booking.control.Inputs;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.anquan.booking.base.entity.BasePhoto;
import org.anquan.booking.base.entity.Closure;
import org.anquan.booking.base.entity.Facility;
import org.anquan.booking.base.entity.OpeningHours;
import org.anquan.booking.base.entity.TrainingBase;
import org.anquan.booking.reservation.control.BaseStaff;
import org.anquan.booking.reservation.control.Queue;
import org.anquan.booking.reservation.entity.Booking;
import org.anquan.booking.reservation.entity.BookingStatus;
import org.anquan.booking.reservation.entity.Slot;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.platform.profile.control.PhotoNormaliser;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a base's staff (its organisation's base administrators, and system administrators) set up: a facility's
 * slot and booking rules, the base's opening hours, its closures. Every change is audited.
 * <p>
 * A capacity change applies to the facility and to the slots not yet started that already have bookings; it is
 * refused when one of those slots holds more places than the new capacity (the groups were promised them: the base
 * first cancels or moves them). A larger capacity offers the new places to the groups waiting, in arrival order.
 * Changes of slot length, buffer or opening hours shape the slots offered from then on; bookings already made keep
 * their times. A closure does not cancel the bookings it covers: it says how many there are, for the base to call.
 */
@Stateless
@RolesAllowed({"BASE_ADMIN", "SYSTEM_ADMIN"})
public class BaseAdministration {

    static final int MAX_PHOTOS = 12;
    static final List<BookingStatus> ACTIVE = List.of(BookingStatus.PENDING, BookingStatus.CONFIRMED,
            BookingStatus.OFFERED, BookingStatus.WAITLISTED, BookingStatus.CHECKED_IN);

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

    /** The bases the caller runs (every base for a system administrator), published or not. */
    public List<TrainingBaseView> mine() {
        AccountView me = me();
        return entityManager.createQuery("SELECT b FROM TrainingBase b ORDER BY b.kind, b.region, b.name",
                        TrainingBase.class).getResultStream().filter(base -> BaseStaff.of(me, base))
                .map(TrainingBaseView::of).toList();
    }

    /** A base the caller runs with its facilities (active or not), opening hours and coming closures. */
    public BaseDetail base(long baseId) {
        return TrainingBases.detail(entityManager, staffed(baseId, me()));
    }

    /** Changes a facility's rules (see the class comment for capacity changes); the values as they are now. */
    public BaseDetail.FacilityView configure(@NotNull BaseDetail.FacilityView settings) {
        AccountView me = me();
        Facility facility = entityManager.find(Facility.class, settings.id(), LockModeType.PESSIMISTIC_WRITE);
        if (facility == null) {
            throw new UnknownEntityException("facility", settings.id());
        }
        staffed(facility.baseId(), me);
        String name = Inputs.required(settings.name(), 200, "base.facility.nameRequired");
        String features = Inputs.optional(settings.features(), 500, "base.facility.featuresTooLong");
        check(settings);
        Instant now = clock.instant();
        List<Slot> coming = entityManager.createQuery("SELECT s FROM Slot s WHERE s.facilityId = :facility "
                        + "AND s.startsAt > :now ORDER BY s.held DESC, s.startsAt", Slot.class)
                .setParameter("facility", facility.id()).setParameter("now", now).getResultList();
        if (!coming.isEmpty() && coming.get(0).held() > settings.capacity()) {
            throw new BusinessException("base.facility.capacityBelowHeld", coming.get(0).held(),
                    coming.get(0).startsAt());
        }
        int before = facility.capacity();
        facility.configure(name, features, settings.capacity(), settings.slotMinutes(), settings.bufferMinutes(),
                settings.minNoticeHours(), settings.maxAheadDays(), settings.autoApprove(), settings.cancelHours(),
                settings.noShowMinutes(), settings.offerHours(), settings.monthlyQuota(), settings.active());
        if (before != settings.capacity()) {
            for (Slot slot : coming) {
                entityManager.lock(slot, LockModeType.PESSIMISTIC_WRITE);
                slot.resize(settings.capacity());
                if (settings.capacity() > before) {
                    queue.promote(slot, facility, now);
                }
            }
        }
        audit(me, "base.facility.configure", "facility", facility.id(), "capacity " + before + " → "
                + settings.capacity() + ", slot " + settings.slotMinutes() + " min, auto approval "
                + settings.autoApprove() + ", active " + settings.active());
        return TrainingBases.facility(facility);
    }

    /** Replaces the base's opening hours; a weekday not in the list is closed. */
    public List<BaseDetail.Hours> openingHours(long baseId, @NotNull List<BaseDetail.Hours> hours) {
        AccountView me = me();
        TrainingBase base = staffed(baseId, me);
        entityManager.lock(base, LockModeType.PESSIMISTIC_WRITE);
        Set<Integer> weekdays = new HashSet<>();
        for (BaseDetail.Hours day : hours) {
            if (day.weekday() < 1 || day.weekday() > 7 || !weekdays.add(day.weekday())) {
                throw new BusinessException("base.hours.weekdayInvalid");
            }
            if (day.opens() == null || day.closes() == null || !day.opens().isBefore(day.closes())) {
                throw new BusinessException("base.hours.order", day.weekday());
            }
        }
        entityManager.createQuery("DELETE FROM OpeningHours h WHERE h.baseId = :base").setParameter("base", baseId)
                .executeUpdate();
        entityManager.flush();
        for (BaseDetail.Hours day : hours) {
            entityManager.persist(new OpeningHours(baseId, day.weekday(), day.opens(), day.closes()));
        }
        audit(me, "base.hours", "base", baseId, hours.stream().map(day -> day.weekday() + " " + day.opens() + "-"
                + day.closes()).toList().toString());
        return hours;
    }

    /**
     * Closes the whole base (facilityId null) or one facility for a holiday or maintenance; the number of active
     * bookings in that period, which the closure does not cancel.
     */
    public long close(long baseId, Long facilityId, @NotNull Instant startsAt, @NotNull Instant endsAt,
                      String reason) {
        AccountView me = me();
        staffed(baseId, me);
        if (facilityId != null) {
            Facility facility = entityManager.find(Facility.class, facilityId);
            if (facility == null || facility.baseId() != baseId) {
                throw new UnknownEntityException("facility", facilityId);
            }
        }
        if (!startsAt.isBefore(endsAt)) {
            throw new BusinessException("base.closure.order");
        }
        if (!endsAt.isAfter(clock.instant())) {
            throw new BusinessException("base.closure.past");
        }
        String why = Inputs.required(reason, 200, "base.closure.reasonRequired");
        Closure closure = new Closure(baseId, facilityId, startsAt, endsAt, why);
        entityManager.persist(closure);
        entityManager.flush();
        audit(me, "base.closure.add", "base", baseId, (facilityId == null ? "whole base" : "facility " + facilityId)
                + " " + startsAt + " – " + endsAt + ": " + why);
        return entityManager.createQuery("SELECT COUNT(b) FROM Booking b, Slot s, Facility f WHERE b.slotId = s.id "
                        + "AND b.facilityId = f.id AND f.baseId = :base AND f.id IN :facilities "
                        + "AND s.startsAt < :to AND s.endsAt > :from AND b.status IN :active", Long.class)
                .setParameter("base", baseId).setParameter("facilities", facilityId == null
                        ? entityManager.createNamedQuery(Facility.OF_BASE, Facility.class).setParameter("base", baseId)
                        .getResultStream().map(Facility::id).toList() : List.of(facilityId))
                .setParameter("from", startsAt).setParameter("to", endsAt).setParameter("active", ACTIVE)
                .getSingleResult();
    }

    /** Removes a closure of a base the caller runs. */
    public void reopen(long closureId) {
        AccountView me = me();
        Closure closure = entityManager.find(Closure.class, closureId);
        if (closure == null) {
            throw new UnknownEntityException("closure", closureId);
        }
        staffed(closure.baseId(), me);
        entityManager.remove(closure);
        audit(me, "base.closure.remove", "base", closure.baseId(), closure.startsAt() + " – " + closure.endsAt()
                + ": " + closure.reason());
    }

    /**
     * Adds a photo to a base the caller runs: a JPEG or PNG of at most 5 MB, re-encoded as a JPEG of at most
     * 1600 px (no metadata survives); at most 12 photos a base.
     */
    public long addPhoto(long baseId, byte[] upload, String caption) {
        AccountView me = me();
        staffed(baseId, me);
        String text = Inputs.required(caption, 200, "base.photo.captionRequired");
        long count = entityManager.createQuery("SELECT COUNT(p) FROM BasePhoto p WHERE p.baseId = :base", Long.class)
                .setParameter("base", baseId).getSingleResult();
        if (count >= MAX_PHOTOS) {
            throw new BusinessException("base.photo.tooMany", MAX_PHOTOS);
        }
        byte[] jpeg = PhotoNormaliser.normalise(upload, 1600, 5 * 1024 * 1024)
                .orElseThrow(() -> new BusinessException("base.photo.invalid"));
        BasePhoto photo = new BasePhoto(baseId, jpeg, text, clock.instant());
        entityManager.persist(photo);
        entityManager.flush();
        audit(me, "base.photo.add", "base", baseId, "photo " + photo.id() + ": " + text);
        return photo.id();
    }

    /** Removes a photo of a base the caller runs. */
    public void removePhoto(long photoId) {
        AccountView me = me();
        BasePhoto photo = entityManager.find(BasePhoto.class, photoId);
        if (photo == null) {
            throw new UnknownEntityException("photo", photoId);
        }
        staffed(photo.baseId(), me);
        entityManager.remove(photo);
        audit(me, "base.photo.remove", "base", photo.baseId(), "photo " + photoId + ": " + photo.caption());
    }

    /** The limits of a facility's rules; the first value out of them refuses the change. */
    static void check(BaseDetail.FacilityView settings) {
        range(settings.capacity(), 1, 10_000, "capacity");
        range(settings.slotMinutes(), 15, 720, "slotMinutes");
        range(settings.bufferMinutes(), 0, 240, "bufferMinutes");
        range(settings.minNoticeHours(), 0, 2_160, "minNoticeHours");
        range(settings.maxAheadDays(), 1, 366, "maxAheadDays");
        range(settings.cancelHours(), 0, 720, "cancelHours");
        range(settings.noShowMinutes(), 5, 240, "noShowMinutes");
        range(settings.offerHours(), 1, 168, "offerHours");
        if (settings.monthlyQuota() != null) {
            range(settings.monthlyQuota(), 1, 1_000, "monthlyQuota");
        }
    }

    private static void range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new BusinessException("base.facility.range." + field, min, max);
        }
    }

    private TrainingBase staffed(long baseId, AccountView me) {
        TrainingBase base = entityManager.find(TrainingBase.class, baseId);
        if (base == null) {
            throw new UnknownEntityException("base", baseId);
        }
        BaseStaff.require(me, base, "base", baseId);
        return base;
    }

    private void audit(AccountView me, String action, String targetType, long targetId, String detail) {
        AuditTrail.append(entityManager, new AuditEntry(clock.instant(), me.id(), me.login(), action, targetType,
                String.valueOf(targetId), Outcome.SUCCESS, null, detail));
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
