package org.anquan.booking.reservation.control;

import org.anquan.booking.control.Inputs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anquan.booking.base.entity.Facility;
import org.anquan.booking.base.entity.TrainingBase;
import org.anquan.booking.reservation.boundary.BookingView;
import org.anquan.booking.reservation.entity.Booking;
import org.anquan.booking.reservation.entity.BookingStatus;
import org.anquan.booking.reservation.entity.Slot;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.mail.boundary.MailOutbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens to a slot's places and its waiting list, in the caller's transaction and under the caller's lock of
 * the facility row: releasing a booking's places, offering freed places to the groups waiting, in arrival order,
 * the first group that does not fit stopping the line (a large group is not overtaken by smaller ones).
 */
@Stateless
public class Queue {

    @PersistenceContext(unitName = "booking")
    EntityManager entityManager;


    @EJB
    MailOutbox outbox;

    @EJB
    Accounts accounts;

    @Inject
    Clock clock;

    /** Ends a booking (cancelled, rejected, expired, no-show) and offers its places to the waiting groups. */
    public List<Booking> release(Booking booking, BookingStatus end, Slot slot, Facility facility, Instant now) {
        if (booking.status().holdsPlaces()) {
            slot.release(booking.headCount());
        }
        booking.moveTo(end, now);
        return promote(slot, facility, now);
    }

    /** Offers free places to the waiting groups in arrival order; each offer holds its places until its deadline. */
    public List<Booking> promote(Slot slot, Facility facility, Instant now) {
        List<Booking> offered = new ArrayList<>();
        Instant deadline = Inputs.offerDeadline(now, Duration.ofHours(facility.offerHours()), slot.startsAt())
                .orElse(null);
        if (deadline == null) {
            return offered; // too late to come: the places stay free for walk-ins
        }
        TrainingBase base = entityManager.find(TrainingBase.class, facility.baseId());
        for (Booking waiting : entityManager.createNamedQuery(Booking.WAITING, Booking.class)
                .setParameter("slot", slot.id()).getResultList()) {
            if (!slot.fits(waiting.headCount())) {
                break;
            }
            slot.hold(waiting.headCount());
            waiting.offer(deadline);
            audit(null, "system", "booking.offer", waiting, "until " + deadline);
            mail(waiting, "booking.offered", base, facility, slot);
            offered.add(waiting);
        }
        return offered;
    }

    public void audit(Long actorId, String actor, String action, Booking booking, String detail) {
        AuditTrail.append(entityManager, new AuditEntry(clock.instant(), actorId, actor, action, "booking",
                String.valueOf(booking.id()), Outcome.SUCCESS, null, detail));
    }

    /** Mails the group's account (when it has a mail address) in the caller's transaction. */
    public void mail(Booking booking, String template, TrainingBase base, Facility facility, Slot slot,
                     Object... extra) {
        accounts.emailOf(booking.accountId()).ifPresent(address -> {
            Object[] arguments = new Object[8 + extra.length];
            arguments[0] = booking.groupName();
            arguments[1] = base.name();
            arguments[2] = facility.name();
            arguments[3] = slot.startsAt();
            arguments[4] = booking.headCount();
            arguments[5] = booking.ticket();
            arguments[6] = booking.offerExpiresAt() == null ? "" : booking.offerExpiresAt();
            arguments[7] = base.address();
            System.arraycopy(extra, 0, arguments, 8, extra.length);
            BookingMails.Mail mail = BookingMails.of(template, arguments);
            outbox.queue(address, mail.subject(), mail.body());
        });
    }

    public BookingView view(Booking booking) {
        Slot slot = entityManager.find(Slot.class, booking.slotId());
        Facility facility = entityManager.find(Facility.class, booking.facilityId());
        TrainingBase base = entityManager.find(TrainingBase.class, facility.baseId());
        Integer position = null;
        if (booking.status() == BookingStatus.WAITLISTED) {
            position = entityManager.createQuery("SELECT COUNT(b) FROM Booking b WHERE b.slotId = :slot AND b.status = "
                            + "org.anquan.booking.reservation.entity.BookingStatus.WAITLISTED AND b.id < :id", Long.class)
                    .setParameter("slot", slot.id()).setParameter("id", booking.id()).getSingleResult().intValue() + 1;
        }
        return new BookingView(booking.id(), booking.ticket(), booking.status(), base.id(), base.name(),
                base.address(), facility.id(), facility.name(), slot.startsAt(), slot.endsAt(), booking.groupName(),
                booking.organisationKind(), booking.headCount(), booking.purpose(), booking.contactName(),
                booking.contactPhone(), booking.participants(), booking.createdAt(), booking.offerExpiresAt(),
                slot.startsAt().minus(Duration.ofHours(facility.cancelHours())), position, booking.checkedInAt(),
                booking.attendance(), booking.practised(), booking.evaluation());
    }
}
