package org.anquan.portal.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.anquan.booking.event.boundary.EventView;
import org.anquan.booking.event.boundary.Events;
import org.anquan.exam.session.boundary.ExamSessions;
import org.anquan.exam.session.boundary.SessionView;
import org.anquan.knowledge.commentary.boundary.QuestionView;
import org.anquan.knowledge.commentary.boundary.Questions;
import org.anquan.knowledge.document.boundary.DocumentView;
import org.anquan.knowledge.document.boundary.Documents;
import org.anquan.knowledge.notice.boundary.NoticeView;
import org.anquan.knowledge.notice.boundary.Notices;
import org.anquan.knowledge.science.boundary.ScienceArticleView;
import org.anquan.knowledge.science.boundary.ScienceLibrary;
import org.anquan.platform.clock.Clocks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the front page shows, read from the modules at most every half minute per instance: it is the most visited
 * page, and half a minute is as fresh as a notice or a free seat needs to be there (each list page is live).
 */
@ApplicationScoped
public class FrontDoor {

    static final Duration FRESH = Duration.ofSeconds(30);

    @EJB
    Events events;

    @EJB
    ExamSessions sessions;

    @EJB
    Documents documents;

    @EJB
    ScienceLibrary science;

    @EJB
    Questions questions;

    @EJB
    Notices notices;

    @Inject
    Clock clock;

    private volatile Content content;

    /** The campaign on now (or the next one) with its events, and the newest of everything else. */
    public record Content(Events.CampaignView campaign, boolean campaignRunning, List<EventView> campaignEvents,
                          List<NoticeView> notices, List<DocumentView> documents, List<SessionView> sessions,
                          List<ScienceArticleView> science, List<QuestionView> questions, Instant readAt) {
    }

    public Content content() {
        Content current = content;
        Instant now = clock.instant();
        if (current == null || current.readAt().plus(FRESH).isBefore(now)) {
            current = read(now);
            content = current;
        }
        return current;
    }

    private Content read(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Clocks.CHINA);
        List<Events.CampaignView> campaigns = events.campaigns();
        Optional<Events.CampaignView> running = campaigns.stream()
                .filter(c -> !c.startsOn().isAfter(today) && !c.endsOn().isBefore(today))
                .min(Comparator.comparing(Events.CampaignView::endsOn));
        Optional<Events.CampaignView> campaign = running.or(() -> campaigns.stream()
                .filter(c -> c.startsOn().isAfter(today)).min(Comparator.comparing(Events.CampaignView::startsOn)));
        List<EventView> campaignEvents = campaign.map(c -> events.ofCampaign(c.id(), 4)).orElse(List.of());
        List<SessionView> open = sessions.upcoming().stream()
                .filter(s -> s.registrationOpen() && s.seatsLeft() > 0).limit(4).toList();
        return new Content(campaign.orElse(null), running.isPresent(), campaignEvents, notices.shown(0, 5),
                documents.byEffectiveDate(today.plusDays(90), 5), open, science.latest(3), questions.recent(3), now);
    }
}
