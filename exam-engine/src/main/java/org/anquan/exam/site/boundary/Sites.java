package org.anquan.exam.site.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.anquan.exam.centre.entity.ExamCentre;
import org.anquan.exam.session.control.CentreStaff;
import org.anquan.exam.site.entity.Room;
import org.anquan.exam.site.entity.Seat;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;

import java.time.Clock;
import java.util.List;

/** The rooms and seats of the centres a centre administrator runs (exam administrators: every centre). */
@Stateless
@RolesAllowed({"CENTRE_ADMIN", "EXAM_ADMIN"})
public class Sites {

    @PersistenceContext(unitName = "exam")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    @EJB
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    public record CentreChoice(long id, String name) {
    }

    public List<CentreChoice> centres() {
        AccountView me = me();
        return entityManager.createQuery("SELECT c FROM ExamCentre c ORDER BY c.city, c.name", ExamCentre.class)
                .getResultStream().filter(centre -> CentreStaff.of(me, centre, CentreStaff.ADMINISTRATORS))
                .map(centre -> new CentreChoice(centre.id(), centre.name())).toList();
    }

    public List<RoomView> rooms() {
        AccountView me = me();
        return entityManager.createQuery("SELECT r FROM Room r ORDER BY r.centreId, r.name", Room.class)
                .getResultStream().filter(room -> CentreStaff.of(me, centre(room.centreId()), CentreStaff.ADMINISTRATORS))
                .map(this::view).toList();
    }

    public RoomView addRoom(long centreId, @NotBlank @Size(max = 100) String name, @Min(1) @Max(26) int rows,
                            @Min(1) @Max(30) int columns) {
        AccountView me = me();
        ExamCentre centre = centre(centreId);
        CentreStaff.require(me, centre, CentreStaff.ADMINISTRATORS, "centre", centreId);
        boolean taken = entityManager.createQuery("SELECT COUNT(r) FROM Room r WHERE r.centreId = :centre "
                        + "AND r.name = :name", Long.class).setParameter("centre", centreId)
                .setParameter("name", name.strip()).getSingleResult() > 0;
        if (taken) {
            throw new BusinessException("room.nameTaken", name.strip());
        }
        Room room = new Room(centreId, name.strip(), rows, columns);
        entityManager.persist(room);
        entityManager.flush();
        room.layOutSeats().forEach(entityManager::persist);
        entityManager.flush();
        audit(me, "exam.room.create", room.id(), centre.code() + " " + room.name() + " " + rows + "x" + columns);
        return view(room);
    }

    /** Takes a seat out of use (a broken PC) or back; seats already allocated keep their candidates. */
    public void setUsable(long seatId, boolean usable) {
        AccountView me = me();
        Seat seat = entityManager.find(Seat.class, seatId);
        if (seat == null) {
            throw new UnknownEntityException("seat", seatId);
        }
        Room room = entityManager.find(Room.class, seat.roomId());
        CentreStaff.require(me, centre(room.centreId()), CentreStaff.ADMINISTRATORS, "seat", seatId);
        seat.setUsable(usable);
        audit(me, usable ? "exam.seat.usable" : "exam.seat.outOfUse", seatId, room.name() + " " + seat.label());
    }

    private RoomView view(Room room) {
        return new RoomView(room.id(), room.centreId(), centre(room.centreId()).name(), room.name(), room.seatRows(),
                room.seatColumns(), entityManager.createNamedQuery(Seat.OF_ROOM, Seat.class)
                .setParameter("room", room.id()).getResultStream()
                .map(seat -> new RoomView.SeatView(seat.id(), seat.label(), seat.row(), seat.column(), seat.usable()))
                .toList());
    }

    private ExamCentre centre(long centreId) {
        ExamCentre centre = entityManager.find(ExamCentre.class, centreId);
        if (centre == null) {
            throw new UnknownEntityException("centre", centreId);
        }
        return centre;
    }

    private void audit(AccountView actor, String action, Object id, String detail) {
        auditTrail.record(new AuditEntry(clock.instant(), actor.id(), actor.login(), action, "exam-room",
                String.valueOf(id), Outcome.SUCCESS, null, detail));
    }

    private AccountView me() {
        return accounts.byLoginName(caller.getCallerPrincipal().getName());
    }
}
