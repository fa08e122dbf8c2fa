package org.anquan.exam.statistics.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anquan.exam.attempt.entity.Attempt;
import org.anquan.exam.attempt.entity.AttemptQuestion;
import org.anquan.exam.attempt.entity.AttemptStatus;
import org.anquan.exam.bank.entity.ItemVersion;
import org.anquan.exam.bank.entity.Subject;
import org.anquan.exam.centre.entity.ExamCentre;
import org.anquan.exam.session.control.CentreStaff;
import org.anquan.exam.session.entity.ExamSession;
import org.anquan.exam.site.entity.Room;
import org.anquan.exam.statistics.control.ItemAnalysis;
import org.anquan.platform.account.boundary.AccountView;
import org.anquan.platform.account.boundary.Accounts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Figures for those who run the exams: pass rates by subject, centre and session (a centre administrator sees only
 * their own centres), and the analysis of each item of a subject from the ended attempts (exam administrators).
 */
@Stateless
public class ExamStatistics {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(org.anquan.platform.clock.Clocks.CHINA);

    @PersistenceContext(unitName = "exam")
    EntityManager entityManager;

    @Resource
    SessionContext caller;

    @EJB
    Accounts accounts;

    /** Pass rates grouped three ways; each list is ordered by name. */
    public record PassRates(List<PassRate> bySubject, List<PassRate> byCentre, List<PassRate> bySession) {
    }

    @RolesAllowed({"EXAM_ADMIN", "CENTRE_ADMIN"})
    public PassRates passRates() {
        AccountView me = accounts.byLoginName(caller.getCallerPrincipal().getName());
        Map<Long, ExamSession> sessions = entityManager.createQuery("SELECT s FROM ExamSession s", ExamSession.class)
                .getResultStream().collect(Collectors.toMap(ExamSession::id, Function.identity()));
        Map<Long, Room> rooms = entityManager.createQuery("SELECT r FROM Room r", Room.class).getResultStream()
                .collect(Collectors.toMap(Room::id, Function.identity()));
        Map<Long, ExamCentre> centres = entityManager.createQuery("SELECT c FROM ExamCentre c", ExamCentre.class)
                .getResultStream().collect(Collectors.toMap(ExamCentre::id, Function.identity()));
        Map<Long, Subject> subjects = entityManager.createQuery("SELECT s FROM Subject s", Subject.class)
                .getResultStream().collect(Collectors.toMap(Subject::id, Function.identity()));
        Map<String, long[]> bySubject = new LinkedHashMap<>();
        Map<String, long[]> byCentre = new LinkedHashMap<>();
        Map<String, long[]> bySession = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        List<Attempt> ended = entityManager.createQuery(
                "SELECT a FROM Attempt a WHERE a.status <> org.anquan.exam.attempt.entity.AttemptStatus.IN_PROGRESS",
                Attempt.class).getResultList();
        for (Attempt attempt : ended) {
            ExamSession session = sessions.get(attempt.sessionId());
            ExamCentre centre = centres.get(rooms.get(session.roomId()).centreId());
            if (!CentreStaff.of(me, centre, CentreStaff.ADMINISTRATORS)) {
                continue;
            }
            Subject subject = subjects.get(attempt.subjectId());
            boolean passed = attempt.status() == AttemptStatus.SUBMITTED && Boolean.TRUE.equals(attempt.passed());
            count(bySubject, names, "s" + subject.id(), subject.name(), passed);
            count(byCentre, names, "c" + centre.id(), centre.name(), passed);
            count(bySession, names, "x" + session.id(), WHEN.format(session.startsAt()) + " · " + subject.name() + " · "
                    + rooms.get(session.roomId()).name(), passed);
        }
        return new PassRates(rates(bySubject, names), rates(byCentre, names), rates(bySession, names));
    }

    private static void count(Map<String, long[]> groups, Map<String, String> names, String key, String name,
                              boolean passed) {
        names.put(key, name);
        long[] figures = groups.computeIfAbsent(key, k -> new long[2]);
        figures[0]++;
        if (passed) {
            figures[1]++;
        }
    }

    private static List<PassRate> rates(Map<String, long[]> groups, Map<String, String> names) {
        return groups.entrySet().stream()
                .map(entry -> new PassRate(Long.parseLong(entry.getKey().substring(1)), names.get(entry.getKey()),
                        entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparing(PassRate::name)).toList();
    }

    /**
     * The item analysis of a subject from its submitted attempts (expelled ones are left out: their answers say
     * nothing about the items), one row per item version that has been answered, the flagged ones first.
     */
    @RolesAllowed("EXAM_ADMIN")
    public List<ItemFigures> items(long subjectId) {
        Map<Long, Attempt> attempts = entityManager.createQuery("SELECT a FROM Attempt a WHERE a.subjectId = :subject "
                        + "AND a.status = org.anquan.exam.attempt.entity.AttemptStatus.SUBMITTED", Attempt.class)
                .setParameter("subject", subjectId).getResultStream()
                .collect(Collectors.toMap(Attempt::id, Function.identity()));
        if (attempts.isEmpty()) {
            return List.of();
        }
        List<AttemptQuestion> questions = entityManager.createQuery(
                        "SELECT q FROM AttemptQuestion q WHERE q.attemptId IN :attempts", AttemptQuestion.class)
                .setParameter("attempts", attempts.keySet()).getResultList();
        Map<Long, List<AttemptQuestion>> byVersion = questions.stream()
                .collect(Collectors.groupingBy(AttemptQuestion::itemVersionId));
        Map<Long, ItemVersion> versions = entityManager.createQuery("SELECT v FROM ItemVersion v WHERE v.id IN :ids",
                        ItemVersion.class).setParameter("ids", byVersion.keySet()).getResultStream()
                .collect(Collectors.toMap(ItemVersion::id, Function.identity()));
        List<ItemFigures> figures = new ArrayList<>();
        byVersion.forEach((versionId, answered) -> {
            ItemVersion version = versions.get(versionId);
            Set<Integer> correct = version.correctSet();
            ItemAnalysis.Figures result = ItemAnalysis.analyse(answered.stream()
                    .map(question -> new ItemAnalysis.Response(attempts.get(question.attemptId()).score(),
                            question.chosen().equals(correct), question.chosen()))
                    .toList(), version.optionList().size(), correct);
            figures.add(new ItemFigures(version.itemId(), versionId, version.number(), version.type(), version.stem(),
                    result.responses(), result.facility(), result.discrimination(), result.optionRates(), correct,
                    result.flags()));
        });
        figures.sort(Comparator.comparing((ItemFigures row) -> row.flags().isEmpty())
                .thenComparing(ItemFigures::facility));
        return figures;
    }
}
