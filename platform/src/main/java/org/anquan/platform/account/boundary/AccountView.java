package org.anquan.platform.account.boundary;

import org.anquan.platform.account.entity.Account;
import org.anquan.platform.account.entity.AccountStatus;

import java.time.Instant;
import java.util.List;

/** What pages and the API show of an account. */
public record AccountView(long id, String login, String displayName, AccountStatus status, List<Grant> grants,
                          Instant lastLoginAt) {

    public record Grant(String role, Long organisationId) {
    }

    static AccountView of(Account account) {
        return new AccountView(account.id(), account.login(), account.displayName(), account.status(),
                account.grants().stream()
                        .map(grant -> new Grant(grant.role().name(), grant.organisationId()))
                        .sorted(java.util.Comparator.comparing(Grant::role))
                        .toList(),
                account.lastLoginAt());
    }
}
