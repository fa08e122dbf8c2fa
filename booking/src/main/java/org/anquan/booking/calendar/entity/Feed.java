package org.anquan.booking.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Objects;

/** The secret address of a person's own calendar feed: whoever knows it sees that person's bookings. */
@Entity
@Table(name = "booking_feed")
@NamedQuery(name = Feed.BY_TOKEN, query = "SELECT f FROM Feed f WHERE f.token = :token")
public class Feed {

    public static final String BY_TOKEN = "Feed.byToken";

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(nullable = false, length = 40)
    private String token;

    protected Feed() {
    }

    public Feed(long accountId, String token) {
        this.accountId = accountId;
        this.token = Objects.requireNonNull(token);
    }

    public void renew(String token) {
        this.token = Objects.requireNonNull(token);
    }

    public long accountId() { return accountId; }
    public String token() { return token; }
}
