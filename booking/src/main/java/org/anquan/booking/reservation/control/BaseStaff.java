package org.anquan.booking.reservation.control;

import org.anquan.booking.base.entity.TrainingBase;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.error.AccessDeniedException;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Who runs a base: its organisation's base administrators, and system administrators everywhere. */
public final class BaseStaff {

    private BaseStaff() {
    }

    public static boolean of(AccountView account, TrainingBase base) {
        return account.grants().stream().anyMatch(grant -> grant.role().equals("SYSTEM_ADMIN")
                || (grant.role().equals("BASE_ADMIN") && grant.organisationId() != null
                && grant.organisationId().equals(base.organisationId())));
    }

    public static void require(AccountView account, TrainingBase base, String kind, Object id) {
        if (!of(account, base)) {
            throw new AccessDeniedException(kind, id);
        }
    }

    /** The organisations whose bases this account runs; empty for a system administrator (who runs all). */
    public static Set<Long> organisations(AccountView account) {
        return account.grants().stream().filter(grant -> grant.role().equals("BASE_ADMIN"))
                .map(AccountView.Grant::organisationId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    public static boolean everywhere(AccountView account) {
        return account.grants().stream().anyMatch(grant -> grant.role().equals("SYSTEM_ADMIN"));
    }
}
