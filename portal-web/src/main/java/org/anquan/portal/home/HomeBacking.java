package org.anquan.portal.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.booking.event.boundary.EventView;
import org.anquan.knowledge.document.boundary.DocumentView;
import org.anquan.platform.clock.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The front page (/): the campaign on now, notices, texts newly in force, exam seats, science and answers. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    FrontDoor frontDoor;

    @Inject
    Clock clock;

    private FrontDoor.Content content;

    public FrontDoor.Content getContent() {
        if (content == null) {
            content = frontDoor.content();
        }
        return content;
    }

    /** Whether a text comes into force later (shown as "将于 … 施行"). */
    public boolean upcoming(DocumentView document) {
        return document.effectiveOn() != null && document.effectiveOn().isAfter(LocalDate.now(clock.withZone(Clocks.CHINA)));
    }

    /** The next session of an event that has not ended, or null. */
    public Instant nextSession(EventView event) {
        Instant now = clock.instant();
        return event.sessions().stream().filter(session -> session.endsAt().isAfter(now))
                .map(EventView.Session::startsAt).min(Instant::compareTo).orElse(null);
    }
}
