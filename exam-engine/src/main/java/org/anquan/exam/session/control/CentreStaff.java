package org.anquan.exam.session.control;

import org.anquan.exam.centre.entity.ExamCentre;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.error.AccessDeniedException;

import java.util.Set;

/**
 * Who may run a centre's sessions: the province's exam administrators everywhere, a centre's own administrators
 * and proctors only there (their role is granted for the centre's organisation).
 */
public final class CentreStaff {

    public static final Set<String> ADMINISTRATORS = Set.of("CENTRE_ADMIN");
    public static final Set<String> PROCTORS = Set.of("CENTRE_ADMIN", "PROCTOR");

    private CentreStaff() {
    }

    public static boolean everywhere(AccountView account) {
        return account.grants().stream()
                .anyMatch(grant -> grant.role().equals("EXAM_ADMIN") || grant.role().equals("SYSTEM_ADMIN"));
    }

    public static boolean of(AccountView account, ExamCentre centre, Set<String> roles) {
        return everywhere(account) || account.grants().stream().anyMatch(grant -> roles.contains(grant.role())
                && grant.organisationId() != null && grant.organisationId().equals(centre.organisationId()));
    }

    /** Refuses as if the thing did not exist: staff of one centre do not learn about another's sessions. */
    public static void require(AccountView account, ExamCentre centre, Set<String> roles, String kind, Object id) {
        if (!of(account, centre, roles)) {
            throw new AccessDeniedException(kind, id);
        }
    }

    /** The organisations whose centres this account runs (empty for those who run every centre). */
    public static Set<Long> organisations(AccountView account, Set<String> roles) {
        return account.grants().stream().filter(grant -> roles.contains(grant.role()))
                .map(AccountView.Grant::organisationId).filter(id -> id != null)
                .collect(java.util.stream.Collectors.toSet());
    }
}
