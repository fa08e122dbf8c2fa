package org.anquan.booking.reservation.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.anquan.booking.base.entity.Facility;
import org.anquan.booking.base.entity.TrainingBase;
import org.anquan.booking.event.boundary.Events;
import org.anquan.booking.reservation.control.Queue;
import org.anquan.booking.reservation.entity.Booking;
import org.anquan.booking.reservation.entity.BookingStatus;
import org.anquan.booking.reservation.entity.Slot;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The booking module's timed work, run by every instance each half minute: offers of the waiting list that ran out,
 * bookings whose slot began without them (no-shows released after the facility's minutes, unapproved and waiting
 * ones expired), and reminders the day before. Each item is decided in its own transaction under the facility's
 * row lock (reminders: claimed with {@code FOR UPDATE SKIP LOCKED}), and its state is read again under that lock,
 * so two instances never do one item twice.
 */
@Stateless
public class BookingJobs {

    private static final Logger LOG = Logger.getLogger(BookingJobs.class.getName());
    private static final int BATCH = 50;
    static final Duration REMIND_BEFORE = Duration.ofHours(48);

    @PersistenceContext(unitName = "booking")
    EntityManager entityManager;

    @Resource
    SessionContext context;

    @EJB
    Queue queue;

    @EJB
    Events events;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "5,35", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        BookingJobs self = context.getBusinessObject(BookingJobs.class);
        try {
            Instant now = clock.instant();
            for (Number id : self.due("SELECT id FROM booking_booking WHERE status = 'OFFERED' AND offer_expires_at <= ?",
                    now)) {
                self.end(id.longValue(), now);
            }
            for (Number id : self.due("SELECT b.id FROM booking_booking b JOIN booking_slot s ON s.id = b.slot_id "
                    + "JOIN booking_facility f ON f.id = b.facility_id WHERE b.status IN ('CONFIRMED', 'PENDING', "
                    + "'WAITLISTED') AND s.starts_at <= DATE_SUB(?, INTERVAL f.no_show_minutes MINUTE)", now)) {
                self.end(id.longValue(), now);
            }
            while (self.remindBatch(now) == BATCH) {
                // the next batch
            }
            events.runDue(now);
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next run finds the same items
            LOG.log(Level.WARNING, "Booking jobs failed; will retry", e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Number> due(String sql, Instant now) {
        return entityManager.createNativeQuery(sql + " ORDER BY 1 LIMIT 500").setParameter(1, Timestamp.from(now))
                .getResultList();
    }

    /** Ends one booking whose offer ran out or whose slot began without it, if it still stands so. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void end(long bookingId, Instant now) {
        Booking booking = entityManager.find(Booking.class, bookingId);
        if (booking == null) {
            return;
        }
        Facility facility = entityManager.find(Facility.class, booking.facilityId(), LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(booking);
        Slot slot = entityManager.find(Slot.class, booking.slotId(), LockModeType.PESSIMISTIC_WRITE);
        boolean started = !now.isBefore(slot.startsAt().plus(Duration.ofMinutes(facility.noShowMinutes())));
        BookingStatus end;
        if (booking.status() == BookingStatus.OFFERED && !now.isBefore(booking.offerExpiresAt())) {
            end = BookingStatus.EXPIRED;
        } else if (started && booking.status() == BookingStatus.CONFIRMED) {
            end = BookingStatus.NO_SHOW;
        } else if (started && (booking.status() == BookingStatus.PENDING
                || booking.status() == BookingStatus.WAITLISTED)) {
            end = BookingStatus.EXPIRED;
        } else {
            return; // another instance (or the group) was first
        }
        queue.release(booking, end, slot, facility, now);
        queue.audit(null, "system", "booking." + end.name().toLowerCase(java.util.Locale.ROOT), booking, null);
        if (end == BookingStatus.EXPIRED) {
            queue.mail(booking, "booking.expired", entityManager.find(TrainingBase.class, facility.baseId()),
                    facility, slot);
        }
    }

    /** Claims up to one batch of confirmed bookings starting within two days that were not reminded yet. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remindBatch(Instant now) {
        List<Long> ids = claimReminders(entityManager, now, BATCH);
        for (long id : ids) {
            Booking booking = entityManager.find(Booking.class, id);
            Facility facility = entityManager.find(Facility.class, booking.facilityId());
            queue.mail(booking, "booking.reminder", entityManager.find(TrainingBase.class, facility.baseId()),
                    facility, entityManager.find(Slot.class, booking.slotId()));
            booking.remind(now);
        }
        return ids.size();
    }

    /**
     * Locks up to {@code limit} bookings due for their reminder for the caller's transaction; rows another instance
     * holds are skipped, so two instances never remind one group twice.
     */
    @SuppressWarnings("unchecked")
    static List<Long> claimReminders(EntityManager em, Instant now, int limit) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM booking_booking WHERE status = 'CONFIRMED' "
                        + "AND reminded_at IS NULL AND slot_id IN (SELECT id FROM booking_slot WHERE starts_at > ? "
                        + "AND starts_at <= ?) ORDER BY id LIMIT " + limit + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now)).setParameter(2, Timestamp.from(now.plus(REMIND_BEFORE)))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
