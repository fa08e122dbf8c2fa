package org.anquan.exam.bank.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anquan.exam.bank.control.BankPool;
import org.anquan.exam.bank.control.ItemSheet;
import org.anquan.exam.bank.control.QtiPackage;
import org.anquan.exam.bank.entity.Item;
import org.anquan.exam.bank.entity.ItemContent;
import org.anquan.exam.bank.entity.ItemStatus;
import org.anquan.exam.bank.entity.ItemVersion;
import org.anquan.exam.bank.entity.KnowledgePoint;
import org.anquan.exam.bank.entity.Picture;
import org.anquan.exam.bank.entity.Subject;
import org.anquan.exam.paper.control.Blueprint;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.paper.control.PaperGenerator;
import org.anquan.exam.paper.control.PoolItem;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.Outcome;
import org.anquan.platform.database.control.Like;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The question bank: subjects and their knowledge points, items through their life (draft → reviewed → active →
 * retired, every edit a new version that goes back to review), the Excel sheet in and out, the IMS QTI export, and
 * each subject's blueprint with the check whether the active items can fill it.
 * <p>
 * For exam administrators (EXAM_ADMIN) and system administrators (SYSTEM_ADMIN); centre administrators may list
 * the subjects (to schedule sessions). {@code actorId} is the signed-in account's id. Every change, and every export
 * of questions, is written to the audit trail.
 */
@Stateless
@RolesAllowed({"EXAM_ADMIN", "SYSTEM_ADMIN"})
public class QuestionBank {

    private static final SubjectView.ItemCounts NO_ITEMS = new SubjectView.ItemCounts(0, 0, 0, 0);

    @PersistenceContext(unitName = "exam")
    EntityManager entityManager;

    @EJB
    AuditTrail auditTrail;

    @Resource
    SessionContext caller;

    @Inject
    Clock clock;

    // --- subjects and knowledge points

    @RolesAllowed({"EXAM_ADMIN", "SYSTEM_ADMIN", "CENTRE_ADMIN"})
    public List<SubjectView> subjects() {
        Map<Long, SubjectView.ItemCounts> counts = itemCounts(null);
        return entityManager.createNamedQuery(Subject.ALL, Subject.class).getResultStream()
                .map(subject -> view(subject, counts.getOrDefault(subject.id(), NO_ITEMS))).toList();
    }

    public SubjectView subject(long id) {
        return view(subjectOf(id), itemCounts(id).getOrDefault(id, NO_ITEMS));
    }

    public List<KnowledgePointView> knowledgePoints(long subjectId) {
        subjectOf(subjectId);
        return pointsOf(subjectId).stream()
                .map(point -> new KnowledgePointView(point.id(), point.subjectId(), point.code(), point.name()))
                .toList();
    }

    /** Adds a knowledge point; codes are unique within the subject (compared as the database does, ignoring case). */
    public KnowledgePointView addKnowledgePoint(long subjectId, @NotBlank @Size(max = 60) String code,
                                                @NotBlank @Size(max = 200) String name, long actorId) {
        subjectOf(subjectId);
        String trimmed = code.strip();
        boolean taken = entityManager.createQuery("SELECT COUNT(k) FROM KnowledgePoint k "
                        + "WHERE k.subjectId = :subject AND k.code = :code", Long.class)
                .setParameter("subject", subjectId).setParameter("code", trimmed).getSingleResult() > 0;
        if (taken) {
            throw new BusinessException("bank.duplicateKnowledgePoint", trimmed);
        }
        KnowledgePoint point = new KnowledgePoint(subjectId, trimmed, name.strip());
        entityManager.persist(point);
        entityManager.flush();
        audit(actorId, "bank.knowledgePoint.added", "subject", subjectId, trimmed);
        return new KnowledgePointView(point.id(), subjectId, point.code(), point.name());
    }

    // --- items

    /** A page of the subject's items (page from 0), optionally of one status and with a text in the stem. */
    public ItemPage items(long subjectId, ItemStatus statusOrNull, @Size(max = 200) String textOrNull,
                          @Min(0) int page, @Min(1) @Max(200) int size) {
        subjectOf(subjectId);
        String text = textOrNull == null || textOrNull.isBlank() ? null : textOrNull.strip();
        String from = " FROM Item i, ItemVersion v, KnowledgePoint k WHERE v.itemId = i.id"
                + " AND v.number = i.currentVersion AND k.id = v.knowledgePointId AND i.subjectId = :subject"
                + (statusOrNull == null ? "" : " AND i.status = :status")
                + (text == null ? "" : " AND v.stem LIKE :text");
        TypedQuery<Object[]> rows = filtered(entityManager.createQuery("SELECT i.id, i.status, i.currentVersion, "
                + "v.type, k.code, v.difficulty, v.stem, i.practice, i.exposedAt" + from + " ORDER BY i.id", Object[].class),
                subjectId, statusOrNull, text);
        TypedQuery<Long> count = filtered(entityManager.createQuery("SELECT COUNT(i)" + from, Long.class),
                subjectId, statusOrNull, text);
        List<ItemSummary> items = rows.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(row -> new ItemSummary((Long) row[0], (ItemStatus) row[1], (Integer) row[2],
                        (ItemType) row[3], (String) row[4], (Integer) row[5],
                        (String) row[6], (Boolean) row[7], (Boolean) row[7] || row[8] != null))
                .toList();
        return new ItemPage(items, count.getSingleResult(), page, size);
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, long subjectId, ItemStatus status, String text) {
        query.setParameter("subject", subjectId);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (text != null) {
            query.setParameter("text", Like.containing(text));
        }
        return query;
    }

    public ItemDetail item(long itemId) {
        Item item = itemOf(itemId);
        ItemVersion current = item.current();
        KnowledgePoint point = entityManager.find(KnowledgePoint.class, current.knowledgePointId());
        return new ItemDetail(item.id(), item.subjectId(), item.status(), current.number(), current.type(),
                point.id(), point.code(), current.difficulty(), current.stem(), List.copyOf(current.optionList()),
                List.copyOf(current.correctSet()), current.explanation(), current.legalBasis(), current.hasImage(),
                item.practice(), item.exposed());
    }

    /** The picture of the item's current version, for the bank's own pages. */
    public Picture picture(long itemId) {
        Picture picture = itemOf(itemId).current().picture();
        if (picture == null) {
            throw new UnknownEntityException("picture", itemId);
        }
        return picture;
    }

    /** A new item, as a draft, with the content as its first version. */
    public long createItem(long subjectId, @NotNull ItemContent content, long actorId) {
        return createItem(subjectId, content, null, actorId);
    }

    /** A new item, as a draft, with the content and the picture (null: none) as its first version. */
    public long createItem(long subjectId, @NotNull ItemContent content, Picture pictureOrNull, long actorId) {
        subjectOf(subjectId);
        requirePoint(subjectId, content.knowledgePointId());
        Item item = add(subjectId, content, pictureOrNull, clock.instant());
        entityManager.flush();
        audit(actorId, "bank.item.created", "item", item.id(), pictureOrNull == null ? null : "picture " + pictureOrNull);
        return item.id();
    }

    /** The content as a new version with the same picture; see {@link #editItem(long, ItemContent, PictureEdit, long)}. */
    public void editItem(long itemId, @NotNull ItemContent content, long actorId) {
        editItem(itemId, content, PictureEdit.KEEP, actorId);
    }

    /**
     * The content as a new version, with the current version's picture kept, removed or replaced; the versions papers
     * already use stay, and the item goes back to draft.
     */
    public void editItem(long itemId, @NotNull ItemContent content, @NotNull PictureEdit picture, long actorId) {
        Item item = itemOf(itemId);
        requirePoint(item.subjectId(), content.knowledgePointId());
        Picture before = item.current().picture();
        Picture after = picture.applyTo(before);
        ItemVersion version = item.write(content, after, clock.instant());
        entityManager.flush();
        String change = before == null && after == null ? "" : after == null ? ", picture removed"
                : after.equals(before) ? ", picture kept" : ", picture " + after;
        audit(actorId, "bank.item.edited", "item", itemId, "version " + version.number() + change);
    }

    public void review(long itemId, long actorId) {
        itemOf(itemId).review(clock.instant());
        entityManager.flush();
        audit(actorId, "bank.item.reviewed", "item", itemId, null);
    }

    /** Makes a reviewed item available to papers. */
    public void activate(long itemId, long actorId) {
        itemOf(itemId).activate(clock.instant());
        entityManager.flush();
        audit(actorId, "bank.item.activated", "item", itemId, null);
    }

    /** Takes an item out of use for good; papers that hold it keep their version. */
    public void retire(long itemId, long actorId) {
        itemOf(itemId).retire(clock.instant());
        entityManager.flush();
        audit(actorId, "bank.item.retired", "item", itemId, null);
    }

    // --- the public practice pool

    /**
     * Puts an active item into the public practice pool: anyone sees its answer from now on, so it never goes on an
     * exam paper again, not even after it is taken out of the pool.
     */
    public void openToPractice(long itemId, long actorId) {
        itemOf(itemId).openToPractice(clock.instant());
        entityManager.flush();
        audit(actorId, "bank.item.openedToPractice", "item", itemId, null);
    }

    /** Takes an item out of the practice pool; it stays out of exam papers (its answer has been public). */
    public void withdrawFromPractice(long itemId, long actorId) {
        itemOf(itemId).withdrawFromPractice(clock.instant());
        entityManager.flush();
        audit(actorId, "bank.item.withdrawnFromPractice", "item", itemId, null);
    }

    // --- the Excel sheet and QTI

    /**
     * Imports a filled-in item sheet (the template's layout) as drafts. A sheet with any problem imports nothing
     * and comes back with all its problems; a clean one is imported whole, in this transaction.
     */
    public SheetImport importSheet(long subjectId, @NotNull InputStream xlsx, long actorId) {
        subjectOf(subjectId);
        Map<String, Long> points = pointsOf(subjectId).stream()
                .collect(Collectors.toMap(KnowledgePoint::code, KnowledgePoint::id));
        ItemSheet.Reading reading;
        try {
            reading = ItemSheet.read(xlsx, points);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!reading.isClean()) {
            return new SheetImport(0, reading.problems().stream()
                    .map(p -> new SheetImport.Problem(p.row(), p.column(), p.messageKey(), p.value())).toList());
        }
        Instant now = clock.instant();
        reading.lines().forEach(line -> add(subjectId, line.content(), line.picture(), now));
        entityManager.flush();
        audit(actorId, "bank.items.imported", "subject", subjectId, reading.lines().size() + " items, "
                + reading.lines().stream().filter(line -> line.picture() != null).count() + " pictures");
        return new SheetImport(reading.lines().size(), List.of());
    }

    /** The subject's items that are not retired, at their current versions, as an item sheet to import again. */
    public byte[] exportSheet(long subjectId) {
        subjectOf(subjectId);
        List<ItemVersion> versions = currentVersions(subjectId,
                EnumSet.of(ItemStatus.DRAFT, ItemStatus.REVIEWED, ItemStatus.ACTIVE));
        Map<Long, String> codes = pointsOf(subjectId).stream()
                .collect(Collectors.toMap(KnowledgePoint::id, KnowledgePoint::code));
        byte[] sheet = ItemSheet.write(versions.stream()
                .map(version -> new ItemSheet.Entry(version.content(), version.picture())).toList(), codes);
        audit(null, "bank.items.exported", "subject", subjectId, "xlsx, " + versions.size() + " items");
        return sheet;
    }

    /** The subject's active items as an IMS QTI 2.1 content package (zip). */
    public byte[] exportQti(long subjectId) {
        subjectOf(subjectId);
        List<ItemVersion> versions = currentVersions(subjectId, EnumSet.of(ItemStatus.ACTIVE));
        byte[] zip = QtiPackage.write("subject-" + subjectId, versions.stream()
                .map(version -> new QtiPackage.Entry(version.itemId(), version.content())).toList());
        audit(null, "bank.items.exported", "subject", subjectId, "QTI, " + versions.size() + " items");
        return zip;
    }

    // --- blueprint

    /** What the active items lack to fill the subject's blueprint; nothing when every paper can be generated. */
    public BlueprintCheck checkBlueprint(long subjectId) {
        Blueprint blueprint = subjectOf(subjectId).blueprint();
        List<PoolItem> pool = BankPool.of(entityManager, subjectId);
        return new BlueprintCheck(blueprint, pool.size(),
                blueprint == null ? List.of() : PaperGenerator.check(blueprint, pool));
    }

    /**
     * Replaces the blueprint; it must add up to the subject's total points, name only its knowledge points and
     * difficulties 1 to 5.
     */
    public void saveBlueprint(long subjectId, @NotNull Blueprint blueprint, long actorId) {
        Subject subject = subjectOf(subjectId);
        Set<String> codes = pointsOf(subjectId).stream().map(KnowledgePoint::code).collect(Collectors.toSet());
        blueprint.quotas().stream().map(Blueprint.Quota::knowledgePoint)
                .filter(code -> code != null && !codes.contains(code)).findFirst().ifPresent(code -> {
                    throw new BusinessException("items.unknownKnowledgePoint", code);
                });
        blueprint.quotas().stream().map(Blueprint.Quota::difficulty)
                .filter(difficulty -> difficulty != null && (difficulty < 1 || difficulty > 5)).findFirst()
                .ifPresent(difficulty -> {
                    throw new BusinessException("items.badDifficulty", difficulty);
                });
        subject.assemble(blueprint);
        entityManager.flush();
        audit(actorId, "bank.blueprint.saved", "subject", subjectId, blueprint.sections().stream()
                .map(s -> s.type() + " " + s.count() + "×" + s.points()).collect(Collectors.joining(", "))
                + "; " + blueprint.quotas().size() + " quotas");
    }

    // ---

    private Item add(long subjectId, ItemContent content, Picture picture, Instant now) {
        Item item = new Item(subjectId, now);
        // the identity insert happens here, so the item has the id its first version needs
        entityManager.persist(item);
        item.write(content, picture, now);
        return item;
    }

    private List<ItemVersion> currentVersions(long subjectId, Set<ItemStatus> statuses) {
        return entityManager.createQuery("SELECT v FROM Item i, ItemVersion v WHERE v.itemId = i.id"
                        + " AND v.number = i.currentVersion AND i.subjectId = :subject AND i.status IN :statuses"
                        + " ORDER BY i.id", ItemVersion.class)
                .setParameter("subject", subjectId).setParameter("statuses", statuses).getResultList();
    }

    private Map<Long, SubjectView.ItemCounts> itemCounts(Long subjectIdOrNull) {
        TypedQuery<Object[]> query = entityManager.createQuery("SELECT i.subjectId, i.status, COUNT(i) FROM Item i"
                + (subjectIdOrNull == null ? "" : " WHERE i.subjectId = :subject")
                + " GROUP BY i.subjectId, i.status", Object[].class);
        if (subjectIdOrNull != null) {
            query.setParameter("subject", subjectIdOrNull);
        }
        List<Object[]> rows = query.getResultList();
        Map<Long, long[]> byStatus = new HashMap<>();
        for (Object[] row : rows) {
            byStatus.computeIfAbsent((Long) row[0], id -> new long[ItemStatus.values().length])
                    [((ItemStatus) row[1]).ordinal()] = (Long) row[2];
        }
        return byStatus.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> {
            long[] n = entry.getValue();
            return new SubjectView.ItemCounts(n[ItemStatus.DRAFT.ordinal()], n[ItemStatus.REVIEWED.ordinal()],
                    n[ItemStatus.ACTIVE.ordinal()], n[ItemStatus.RETIRED.ordinal()]);
        }));
    }

    private static SubjectView view(Subject subject, SubjectView.ItemCounts counts) {
        return new SubjectView(subject.id(), subject.code(), subject.name(), subject.category(),
                subject.durationMinutes(), subject.passMark(), subject.totalPoints(), counts, subject.blueprint());
    }

    private List<KnowledgePoint> pointsOf(long subjectId) {
        return entityManager.createNamedQuery(KnowledgePoint.OF_SUBJECT, KnowledgePoint.class)
                .setParameter("subject", subjectId).getResultList();
    }

    private void requirePoint(long subjectId, long knowledgePointId) {
        KnowledgePoint point = entityManager.find(KnowledgePoint.class, knowledgePointId);
        if (point == null || point.subjectId() != subjectId) {
            throw new UnknownEntityException("knowledgePoint", knowledgePointId);
        }
    }

    private Subject subjectOf(long id) {
        Subject subject = entityManager.find(Subject.class, id);
        if (subject == null) {
            throw new UnknownEntityException("subject", id);
        }
        return subject;
    }

    private Item itemOf(long id) {
        Item item = entityManager.find(Item.class, id);
        if (item == null) {
            throw new UnknownEntityException("item", id);
        }
        return item;
    }

    /**
     * After the change is flushed, so that a refused change leaves no record. The trail writes in a transaction of
     * its own (it lives in the platform's persistence unit).
     */
    private void audit(Long actorId, String action, String targetType, long targetId, String detail) {
        auditTrail.record(new AuditEntry(clock.instant(), actorId, caller.getCallerPrincipal().getName(), action,
                targetType, Long.toString(targetId), Outcome.SUCCESS, null, detail));
    }
}
