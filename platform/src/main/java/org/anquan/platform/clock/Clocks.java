package org.anquan.platform.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application (UTC), injectable so that rules about time can be tested. */
@ApplicationScoped
public class Clocks {

    /** The portal's users live in one time zone: dates they see and type (birth dates, "try again at") are in it. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
