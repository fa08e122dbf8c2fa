package org.anquan.portal.proctor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.exam.bank.boundary.QuestionBank;
import org.anquan.exam.bank.boundary.SubjectView;
import org.anquan.exam.session.boundary.ExamSessions;
import org.anquan.exam.site.boundary.RoomView;
import org.anquan.exam.site.boundary.Sites;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * /proctor/rooms.xhtml: a centre administrator's rooms with their seat layout (a seat whose PC is broken is taken
 * out of use with a click), a new room, and a new session in one of the rooms.
 */
@Named
@ViewScoped
public class RoomsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Sites sites;

    @EJB
    transient ExamSessions sessions;

    @EJB
    transient QuestionBank bank;

    @Inject
    Texts texts;

    private Long centreId;
    private String roomName;
    private Integer rows = 5;
    private Integer columns = 8;
    private Long subjectId;
    private Long roomId;
    private String startsAt;
    private Integer duration;
    private transient List<RoomView> rooms;

    public List<RoomView> getRooms() {
        if (rooms == null) {
            rooms = sites.rooms();
        }
        return rooms;
    }

    public List<Sites.CentreChoice> getCentres() {
        return sites.centres();
    }

    public List<SubjectView> getSubjects() {
        return bank.subjects();
    }

    public List<RoomView.SeatView> row(RoomView room, int row) {
        return room.seats().stream().filter(seat -> seat.row() == row).toList();
    }

    public List<Integer> rowNumbers(RoomView room) {
        return java.util.stream.IntStream.range(0, room.rows()).boxed().toList();
    }

    public void toggle(long seatId, boolean usable) {
        try {
            sites.setUsable(seatId, !usable);
        } catch (BusinessException e) {
            texts.error(null, e);
        }
        rooms = null;
    }

    public void addRoom() {
        try {
            RoomView room = sites.addRoom(centreId, roomName, rows, columns);
            texts.info("proctor_rooms.roomAdded", room.name(), room.usableSeats());
            roomName = null;
        } catch (BusinessException e) {
            texts.error(null, e);
        }
        rooms = null;
    }

    public void schedule() {
        LocalDateTime when;
        try {
            when = LocalDateTime.parse(startsAt);
        } catch (DateTimeParseException | NullPointerException e) {
            texts.error("rooms:startsAt", "proctor_rooms.badTime");
            return;
        }
        try {
            long id = sessions.schedule(subjectId, roomId, when.atZone(Clocks.CHINA).toInstant(), duration);
            texts.info("proctor_rooms.scheduled", id);
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public Long getCentreId() { return centreId; }
    public void setCentreId(Long centreId) { this.centreId = centreId; }
    public String getRoomName() { return roomName; }
    public void setRoomName(String roomName) { this.roomName = roomName; }
    public Integer getRows() { return rows; }
    public void setRows(Integer rows) { this.rows = rows; }
    public Integer getColumns() { return columns; }
    public void setColumns(Integer columns) { this.columns = columns; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long roomId) { this.roomId = roomId; }
    public String getStartsAt() { return startsAt; }
    public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
    public Integer getDuration() { return duration; }
    public void setDuration(Integer duration) { this.duration = duration; }
}
