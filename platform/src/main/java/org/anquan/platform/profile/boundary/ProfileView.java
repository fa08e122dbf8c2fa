package org.anquan.platform.profile.boundary;

import java.time.LocalDate;

/** A profile as pages show it: the ID number masked (110101********1234). */
public record ProfileView(long accountId, String realName, String idNumberMasked, LocalDate birthDate, boolean hasPhoto) {
}
