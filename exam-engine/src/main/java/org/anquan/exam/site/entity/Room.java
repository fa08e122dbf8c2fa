package org.anquan.exam.site.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An exam room of a centre: a grid of seats, row by row from the front, labelled A01, A02 … B01 …. */
@Entity
@Table(name = "exam_room")
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "seat_rows", nullable = false)
    private int seatRows;

    @Column(name = "seat_columns", nullable = false)
    private int seatColumns;

    @Version
    private int revision;

    protected Room() {
    }

    public Room(long centreId, String name, int seatRows, int seatColumns) {
        if (seatRows < 1 || seatRows > 26 || seatColumns < 1 || seatColumns > 30) {
            throw new IllegalArgumentException("A room has 1–26 rows of 1–30 seats");
        }
        this.centreId = centreId;
        this.name = Objects.requireNonNull(name);
        this.seatRows = seatRows;
        this.seatColumns = seatColumns;
    }

    /** The seats of the layout, for a new room (persist them after the room). */
    public List<Seat> layOutSeats() {
        List<Seat> seats = new ArrayList<>();
        for (int row = 0; row < seatRows; row++) {
            for (int column = 0; column < seatColumns; column++) {
                seats.add(new Seat(id, Seat.label(row, column), row, column));
            }
        }
        return seats;
    }

    public Long id() { return id; }
    public long centreId() { return centreId; }
    public String name() { return name; }
    public int seatRows() { return seatRows; }
    public int seatColumns() { return seatColumns; }
}
