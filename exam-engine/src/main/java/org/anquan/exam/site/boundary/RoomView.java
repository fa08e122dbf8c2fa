package org.anquan.exam.site.boundary;

import java.util.List;

/** A room with its layout: every seat by row and column, usable or out of order. */
public record RoomView(long id, long centreId, String centreName, String name, int rows, int columns,
                       List<SeatView> seats) {

    public record SeatView(long id, String label, int row, int column, boolean usable) {
    }

    public long usableSeats() {
        return seats.stream().filter(SeatView::usable).count();
    }
}
