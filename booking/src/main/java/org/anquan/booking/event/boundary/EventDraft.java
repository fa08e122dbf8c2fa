package org.anquan.booking.event.boundary;

/**
 * What an organiser writes of an event: the questions are one per line, a trailing * marks a required one;
 * maxGroup is how many people one registration may bring (1: individual registrations only).
 */
public record EventDraft(Long campaignId, String title, String description, String audience, String questions,
                         Integer maxGroup) {
}
