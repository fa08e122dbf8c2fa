package org.anquan.booking.reservation.control;

import java.security.SecureRandom;

/** Ticket codes for QR check-in: a prefix and 20 random characters nobody can guess from another ticket. */
public final class Tickets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private Tickets() {
    }

    public static String next(String prefix) {
        StringBuilder ticket = new StringBuilder(prefix);
        for (int i = 0; i < 20; i++) {
            ticket.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return ticket.toString();
    }
}
