package org.anquan.portal.calendar;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anquan.booking.calendar.boundary.CalendarFeed;
import org.anquan.booking.calendar.boundary.Calendars;
import org.anquan.booking.calendar.control.Ics;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Language;
import org.anquan.portal.language.Languages;
import org.anquan.portal.language.Texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ICS feeds (download or subscription), in the visitor's language or the one of {@code ?lang=}:
 * {@code /calendar/campaigns.ics} (all published event sessions), {@code /calendar/campaigns/{id}.ics} (one
 * campaign's), {@code /calendar/base/{id}.ics} (a base's booked slots and closures, without who booked them) and
 * {@code /calendar/feed/{token}.ics} (a person's own bookings and registrations; whoever knows the secret address
 * reads it, so it needs no sign-in, and an unknown or renewed token is answered 404).
 */
@WebServlet({"/calendar/campaigns.ics", "/calendar/campaigns/*", "/calendar/base/*", "/calendar/feed/*"})
public class CalendarFeedServlet extends HttpServlet {

    private static final Pattern ID = Pattern.compile("/(\\d{1,18})\\.ics");
    private static final Pattern TOKEN = Pattern.compile("/([0-9a-f]{40})\\.ics");

    @EJB
    Calendars calendars;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Languages reader = Languages.fromCode(request.getParameter("lang")).orElse(language.current());
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String site = FeedLinks.site(request);
        try {
            switch (request.getServletPath()) {
                case "/calendar/campaigns.ics" -> send(response, "anquan-campaigns.ics", false,
                        CalendarWording.ics(Texts.format(reader, "calendar.campaignFeed"),
                                calendars.campaignFeed(null), reader, site));
                case "/calendar/campaigns" -> {
                    long campaignId = id(ID, path);
                    CalendarFeed feed = calendars.campaignFeed(campaignId);
                    send(response, "anquan-campaign-" + campaignId + ".ics", false,
                            CalendarWording.ics(feed.name(), feed, reader, site));
                }
                case "/calendar/base" -> {
                    long baseId = id(ID, path);
                    CalendarFeed feed = calendars.baseFeed(baseId);
                    send(response, "anquan-base-" + baseId + ".ics", false,
                            CalendarWording.ics(Texts.format(reader, "calendar.baseFeed", feed.name()), feed, reader,
                                    site));
                }
                case "/calendar/feed" -> {
                    Matcher token = TOKEN.matcher(path);
                    if (!token.matches()) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    send(response, "anquan-mine.ics", true, CalendarWording.ics(
                            Texts.format(reader, "calendar.personalFeed"),
                            calendars.personalFeed(token.group(1)), reader, site));
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NumberFormatException | BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBException e) {
            if (e.getCause() instanceof BusinessException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
    }

    private static long id(Pattern pattern, String path) {
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            throw new NumberFormatException(path);
        }
        return Long.parseLong(matcher.group(1));
    }

    private static void send(HttpServletResponse response, String fileName, boolean secret, String text)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setContentType(Ics.CONTENT_TYPE);
        response.setContentLength(bytes.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        // one's own calendar stays out of shared caches; public ones may be kept for a few minutes
        response.setHeader("Cache-Control", secret ? "private, no-store" : "public, max-age=300");
        response.getOutputStream().write(bytes);
    }
}
