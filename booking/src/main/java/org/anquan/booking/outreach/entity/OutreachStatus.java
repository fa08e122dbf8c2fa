package org.anquan.booking.outreach.entity;

/** REQUESTED → ACCEPTED (an event is made) | PROPOSED (another date; the requester accepts it) | DECLINED. */
public enum OutreachStatus {
    REQUESTED, PROPOSED, ACCEPTED, DECLINED, WITHDRAWN
}
