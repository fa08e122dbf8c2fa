package org.anquan.booking.report.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.anquan.booking.base.control.SlotRules;
import org.anquan.booking.base.entity.Closure;
import org.anquan.booking.base.entity.Facility;
import org.anquan.booking.base.entity.OpeningHours;
import org.anquan.booking.base.entity.TrainingBase;
import org.anquan.booking.report.control.ReportFigures;
import org.anquan.booking.reservation.control.BaseStaff;
import org.anquan.booking.reservation.entity.BookingStatus;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Reports of a base for its staff: facility use, attendance and no-shows, bookings by kind of organisation. */
@Stateless
@RolesAllowed({"BASE_ADMIN", "SYSTEM_ADMIN"})
public class BookingReports {

    static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "booking")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    @Inject
    Clock clock;

    /** The bases the caller runs: those of their organisations, all for a system administrator. */
    public List<BaseChoice> bases() {
        AccountView me = me();
        boolean everywhere = BaseStaff.everywhere(me);
        Set<Long> organisations = BaseStaff.organisations(me);
        if (!everywhere && organisations.isEmpty()) {
            return List.of();
        }
        var query = entityManager.createQuery("SELECT b FROM TrainingBase b"
                + (everywhere ? "" : " WHERE b.organisationId IN :organisations") + " ORDER BY b.code",
                TrainingBase.class);
        if (!everywhere) {
            query.setParameter("organisations", organisations);
        }
        return query.getResultStream().map(base -> new BaseChoice(base.id(), base.code(), base.name())).toList();
    }

    /** A base the caller may report on. */
    public record BaseChoice(long id, String code, String name) {
    }

    /** A base's figures for the days from {@code from} to {@code to} (China dates, both inclusive). */
    public BaseReport report(long baseId, @NotNull LocalDate from, @NotNull LocalDate to) {
        TrainingBase base = entityManager.find(TrainingBase.class, baseId);
        if (base == null) {
            throw new UnknownEntityException("base", baseId);
        }
        BaseStaff.require(me(), base, "base", baseId);
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new BusinessException("report.badRange", MAX_DAYS);
        }
        Instant start = from.atStartOfDay(SlotRules.CHINA).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(SlotRules.CHINA).toInstant();
        List<OpeningHours> hours = entityManager.createNamedQuery(OpeningHours.OF_BASE, OpeningHours.class)
                .setParameter("base", baseId).getResultList();
        List<Closure> closures = entityManager.createNamedQuery(Closure.OF_BASE, Closure.class)
                .setParameter("base", baseId).setParameter("from", start).setParameter("to", end).getResultList();
        List<ReportFigures.Offer> offers = entityManager.createNamedQuery(Facility.OF_BASE, Facility.class)
                .setParameter("base", baseId).getResultStream()
                .map(facility -> new ReportFigures.Offer(facility.id(), facility.name(), !facility.active() ? 0
                        : (int) SlotRules.slots(facility, hours, from, to).stream()
                        .filter(slot -> closures.stream().noneMatch(closure -> closure.closes(facility.id(),
                                slot.startsAt(), slot.endsAt()))).count(), facility.capacity()))
                .toList();
        List<ReportFigures.Row> rows = entityManager.createQuery("SELECT b.facilityId, b.slotId, b.headCount, "
                        + "b.status, b.organisationKind, s.startsAt FROM Booking b, Slot s, Facility f "
                        + "WHERE b.slotId = s.id AND b.facilityId = f.id AND f.baseId = :base "
                        + "AND s.startsAt >= :from AND s.startsAt < :to", Object[].class)
                .setParameter("base", baseId).setParameter("from", start).setParameter("to", end)
                .getResultStream().map(row -> new ReportFigures.Row((Long) row[0], (Long) row[1], (Integer) row[2],
                        (BookingStatus) row[3], (String) row[4], (Instant) row[5])).toList();
        return ReportFigures.compute(baseId, base.name(), from, to, offers, rows, clock.instant());
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
