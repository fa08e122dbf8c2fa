package org.anquan.exam.site.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seats the candidates of a session so that candidates of one organisation do not sit side by side or one behind
 * the other: the room is coloured like a chessboard (two seats next to each other never share a colour), the
 * seats of one colour come first, then the other, and candidates are seated organisation by organisation, the
 * largest first. As long as no organisation has more than half the seats, no two colleagues are neighbours; the
 * one organisation that spans both colours meets itself at most along that border. Deterministic: ties go to the
 * smaller organisation id, and candidates keep their order within an organisation.
 */
public final class SeatAllocator {

    /** A seat by its number and its place in the room's grid. */
    public record Seat(String number, int row, int column) {
    }

    /** A candidate and the organisation that registered them (null for individual registrations). */
    public record Candidate(long id, Long organisationId) {
    }

    private SeatAllocator() {
    }

    /** Candidate id → seat number; refuses more candidates than seats. */
    public static Map<Long, String> allocate(List<Seat> seats, List<Candidate> candidates) {
        if (candidates.size() > seats.size()) {
            throw new IllegalArgumentException("more candidates than seats");
        }
        List<Seat> ordered = seats.stream()
                .sorted(Comparator.comparingInt((Seat seat) -> Math.floorMod(seat.row() + seat.column(), 2))
                        .thenComparingInt(Seat::row).thenComparingInt(Seat::column))
                .toList();
        Map<Long, List<Candidate>> byOrganisation = new TreeMap<>();
        long individual = -1;
        for (Candidate candidate : candidates) {
            // people registered on their own count as organisations of one
            long key = candidate.organisationId() != null ? candidate.organisationId() : individual--;
            byOrganisation.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
        }
        List<List<Candidate>> groups = new ArrayList<>(byOrganisation.values());
        groups.sort(Comparator.comparingInt((List<Candidate> group) -> group.size()).reversed());
        Map<Long, String> seatOf = new LinkedHashMap<>();
        int next = 0;
        for (List<Candidate> group : groups) {
            for (Candidate candidate : group) {
                seatOf.put(candidate.id(), ordered.get(next++).number());
            }
        }
        return seatOf;
    }

    /**
     * Whether a seat has an occupied neighbour in front, behind or beside it; {@code occupied} holds "row:column"
     * of the seats taken by the candidate's colleagues. Used when candidates register one at a time.
     */
    public static boolean besideAny(int row, int column, java.util.Set<String> occupied) {
        return occupied.contains((row - 1) + ":" + column) || occupied.contains((row + 1) + ":" + column)
                || occupied.contains(row + ":" + (column - 1)) || occupied.contains(row + ":" + (column + 1));
    }
}
