package org.anquan.booking.event.boundary;

import java.util.List;

/**
 * A registration: the person's name as it should appear on the ticket, the party's size (1 for oneself; more for a
 * group up to the event's limit) with the companions' names one per line, and the answers in the questions' order.
 */
public record RegistrationRequest(String name, Integer partySize, String companions, List<String> answers) {
}
