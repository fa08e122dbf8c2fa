package org.anquan.exam.site.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A place in a room; a seat out of use (a broken PC) is kept in the layout but never allocated. */
@Entity
@Table(name = "exam_seat")
@NamedQuery(name = Seat.OF_ROOM, query = "SELECT s FROM Seat s WHERE s.roomId = :room ORDER BY s.row, s.column")
public class Seat {

    public static final String OF_ROOM = "Seat.ofRoom";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "room_id", nullable = false)
    private long roomId;

    @Column(nullable = false, length = 10)
    private String label;

    @Column(name = "seat_row", nullable = false)
    private int row;

    @Column(name = "seat_column", nullable = false)
    private int column;

    @Column(nullable = false)
    private boolean usable = true;

    protected Seat() {
    }

    Seat(long roomId, String label, int row, int column) {
        this.roomId = roomId;
        this.label = label;
        this.row = row;
        this.column = column;
    }

    /** Row letter and two-digit column number, as printed on the desks: A01, B12. */
    public static String label(int row, int column) {
        return "%c%02d".formatted((char) ('A' + row), column + 1);
    }

    public void setUsable(boolean usable) {
        this.usable = usable;
    }

    public Long id() { return id; }
    public long roomId() { return roomId; }
    public String label() { return label; }
    public int row() { return row; }
    public int column() { return column; }
    public boolean usable() { return usable; }
}
