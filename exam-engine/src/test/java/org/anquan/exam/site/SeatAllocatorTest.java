package org.anquan.exam.site;

import org.anquan.exam.site.control.SeatAllocator;
import org.anquan.exam.site.control.SeatAllocator.Candidate;
import org.anquan.exam.site.control.SeatAllocator.Seat;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeatAllocatorTest {

    static List<Seat> room(int rows, int columns) {
        List<Seat> seats = new ArrayList<>();
        for (int r = 1; r <= rows; r++) {
            for (int c = 1; c <= columns; c++) {
                seats.add(new Seat(String.format("%02d%02d", r, c), r, c));
            }
        }
        return seats;
    }

    /** Pairs of side-by-side or front-and-back neighbours from the same organisation. */
    static int sameOrganisationNeighbours(List<Seat> seats, Map<Long, String> seatOf, Map<Long, Long> orgOf) {
        Map<String, Long> orgAt = new HashMap<>();
        seatOf.forEach((candidate, seat) -> orgAt.put(seat, orgOf.get(candidate)));
        int pairs = 0;
        for (Seat seat : seats) {
            Long org = orgAt.get(seat.number());
            if (org == null) {
                continue;
            }
            String right = String.format("%02d%02d", seat.row(), seat.column() + 1);
            String behind = String.format("%02d%02d", seat.row() + 1, seat.column());
            pairs += org.equals(orgAt.get(right)) ? 1 : 0;
            pairs += org.equals(orgAt.get(behind)) ? 1 : 0;
        }
        return pairs;
    }

    @Test
    void keepsColleaguesApart() {
        List<Seat> seats = room(5, 6);
        List<Candidate> candidates = new ArrayList<>();
        Map<Long, Long> orgOf = new HashMap<>();
        long id = 1;
        for (long[] group : new long[][]{{100, 15}, {200, 10}, {300, 5}}) {
            for (int i = 0; i < group[1]; i++, id++) {
                candidates.add(new Candidate(id, group[0]));
                orgOf.put(id, group[0]);
            }
        }
        Map<Long, String> seatOf = SeatAllocator.allocate(seats, candidates);
        assertThat(seatOf).hasSize(30);
        assertThat(new HashSet<>(seatOf.values())).hasSize(30);
        Map<Long, String> naive = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            naive.put(candidates.get(i).id(), seats.get(i).number());
        }
        int spread = sameOrganisationNeighbours(seats, seatOf, orgOf);
        assertThat(spread).isLessThan(sameOrganisationNeighbours(seats, naive, orgOf));
        assertThat(spread).isZero();
        assertThat(SeatAllocator.allocate(seats, candidates)).isEqualTo(seatOf);
    }

    @Test
    void refusesMoreCandidatesThanSeats() {
        assertThatThrownBy(() -> SeatAllocator.allocate(room(1, 2),
                List.of(new Candidate(1, null), new Candidate(2, null), new Candidate(3, null))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
