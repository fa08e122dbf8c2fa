package org.anquan.platform.account.boundary;

import java.time.Instant;
import java.util.Set;

/**
 * The result of a login attempt. Only {@code SUCCESS} carries the account; the others say why not, without
 * telling a stranger whether the login exists ({@code INVALID} covers both).
 */
public record LoginOutcome(Result result, Long accountId, String login, String displayName, Set<String> roles,
                           Instant retryAfter) {

    public enum Result {
        SUCCESS, INVALID, THROTTLED, PENDING, LOCKED
    }

    static LoginOutcome failed(Result result, Instant retryAfter) {
        return new LoginOutcome(result, null, null, null, Set.of(), retryAfter);
    }

    public boolean succeeded() {
        return result == Result.SUCCESS;
    }
}
