package org.anquan.portal.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the login sends the visitor: back to a page of the portal, never elsewhere. */
class LoginBackingTest {

    @Test
    void goesBackToAPageOfThePortal() {
        assertThat(LoginBacking.landing("/bookings/new.xhtml?base=1&facility=1&start=2030-01-07T00:30:00Z"))
                .isEqualTo("/bookings/new.xhtml?base=1&facility=1&start=2030-01-07T00:30:00Z");
    }

    @Test
    void refusesOtherSitesAndOddAddresses() {
        assertThat(LoginBacking.landing(null)).isEqualTo("/account/");
        assertThat(LoginBacking.landing("//evil.example/")).isEqualTo("/account/");
        assertThat(LoginBacking.landing("/\\evil.example/")).isEqualTo("/account/");
        assertThat(LoginBacking.landing("https://evil.example/")).isEqualTo("/account/");
        assertThat(LoginBacking.landing("/a b")).isEqualTo("/account/");
    }
}
