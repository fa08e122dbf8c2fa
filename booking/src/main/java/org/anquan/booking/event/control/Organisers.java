package org.anquan.booking.event.control;

import org.anquan.platform.account.boundary.AccountView;

import java.util.List;
import java.util.Objects;

/** Who runs events and answers outreach requests: an organisation's event organisers; system administrators everywhere. */
public final class Organisers {

    private Organisers() {
    }

    public static boolean everywhere(AccountView account) {
        return account.grants().stream().anyMatch(grant -> grant.role().equals("SYSTEM_ADMIN"));
    }

    /** The organisations for which this account organises events. */
    public static List<Long> organisations(AccountView account) {
        return account.grants().stream().filter(grant -> grant.role().equals("EVENT_ORGANISER"))
                .map(AccountView.Grant::organisationId).filter(Objects::nonNull).toList();
    }

    public static boolean of(AccountView account, long organisationId) {
        return everywhere(account) || organisations(account).contains(organisationId);
    }
}
