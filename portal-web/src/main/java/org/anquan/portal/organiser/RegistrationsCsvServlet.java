package org.anquan.portal.organiser;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anquan.booking.event.boundary.Events;
import org.anquan.booking.event.boundary.RegistrationView;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.ChinaTimes;
import org.anquan.portal.language.Language;
import org.anquan.portal.language.Texts;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * /organiser/registrations.csv?session=: a session's registrations as CSV for Excel (UTF-8 with a byte order mark),
 * for the event's organiser only.
 */
@WebServlet("/organiser/registrations.csv")
public class RegistrationsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> HEADERS = List.of("organiser_registrations.ticket",
            "organiser_registrations.name", "organiser_registrations.party", "organiser_registrations.companions", "organiser_registrations.answers",
            "organiser_registrations.status", "organiser_registrations.registeredAt",
            "organiser_registrations.checkedInAt");

    @EJB
    transient Events events;

    @Inject
    transient Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<RegistrationView> registrations;
        long sessionId;
        try {
            sessionId = Long.parseLong(request.getParameter("session"));
            registrations = events.registrations(sessionId);
        } catch (NumberFormatException | BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"registrations-" + sessionId + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print(line(HEADERS.stream().map(key -> Texts.format(language.current(), key))));
        for (RegistrationView r : registrations) {
            out.print(line(Stream.of(r.ticket(), r.name(), String.valueOf(r.partySize()), r.companions(), r.answers(),
                    Texts.format(language.current(), "EventRegistrationStatus." + r.status()),
                    ChinaTimes.show(r.createdAt()), ChinaTimes.show(r.checkedInAt()))));
        }
    }

    /** One CSV record: every field quoted, quotes doubled; a leading formula sign defused for spreadsheets. */
    static String line(Stream<String> fields) {
        return fields.map(field -> {
            String text = field == null ? "" : field;
            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            return '"' + text.replace("\"", "\"\"") + '"';
        }).collect(Collectors.joining(",")) + "\r\n";
    }
}
