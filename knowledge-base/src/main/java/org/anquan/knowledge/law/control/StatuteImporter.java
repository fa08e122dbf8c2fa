package org.anquan.knowledge.law.control;

import com.hankcs.hanlp.HanLP;
import jakarta.persistence.EntityManager;
import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.document.entity.DocumentStatus;
import org.anquan.knowledge.law.entity.Relation;
import org.anquan.knowledge.law.entity.RelationKind;
import org.anquan.knowledge.law.entity.Version;
import org.anquan.knowledge.law.entity.VersionNode;
import org.anquan.knowledge.search.control.IndexOutbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports one statute file into the documents, versions and articles, inside the caller's transaction. A file is
 * a version of the document with the same title; the version is named by the date in the file name, the sheet's
 * publish date or the last date of the history lines. Importing the same file again changes nothing; a changed
 * file replaces that version's text. Every change queues the document for the search index.
 */
public class StatuteImporter {

    private static final Pattern FILE_DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)\\.md$");

    private final KnownStatutes known;
    private final LocalDate today;

    public StatuteImporter(KnownStatutes known, LocalDate today) {
        this.known = known;
        this.today = today;
    }

    /** The result for one file, with what it asks to relate the document to (resolved once all are in). */
    public record Imported(ImportOutcome outcome, long documentId, List<String> relations) {
    }

    public Imported importFile(EntityManager em, StatuteFile file, Instant now) throws StatuteFormatException {
        ParsedStatute parsed = StatuteParser.parse(file.text());
        String shortName = file.column("name") != null ? file.column("name")
                : parsed.title().replaceFirst("^" + Catalogue.NATIONAL_PREFIX, "");
        Map<String, String> knownRow = known.row(shortName);
        Catalogue catalogue = Catalogue.of(file, parsed, knownRow);
        LocalDate versionDate = versionDate(file, parsed);
        LocalDate effective = date(file.column("valid_from"));
        if (effective == null) {
            effective = parsed.effectiveDate();
        }
        if (effective != null && versionDate != null && effective.isBefore(versionDate)) {
            effective = null; // the 施行 line of the first enactment, not of this version
        }
        String hash = hash(file, knownRow);

        Document document = em.createNamedQuery(Document.BY_SOURCE_KEY, Document.class)
                .setParameter("key", catalogue.title()).getResultStream().findFirst().orElse(null);
        if (document == null) {
            // a catalogue entry entered by hand (without text yet) receives the text of its title
            document = em.createQuery("SELECT d FROM Document d WHERE d.title = :title AND d.sourceKey IS NULL",
                    Document.class).setParameter("title", catalogue.title()).getResultStream().findFirst()
                    .map(entry -> entry.importedAs(catalogue.title())).orElse(null);
        }
        boolean created = document == null;
        if (created) {
            document = new Document(slug(em, catalogue.shortName()), catalogue.title(), catalogue.kind(),
                    DocumentStatus.IN_FORCE).importedAs(catalogue.title());
            em.persist(document);
            em.flush();
        }
        Version version = em.createNamedQuery(Version.BY_LABEL, Version.class)
                .setParameter("document", document.id()).setParameter("label", Version.labelOf(versionDate))
                .getResultStream().findFirst().orElse(null);
        boolean versionChanged = version == null || !version.contentHash().equals(hash);
        boolean newVersion = version == null;
        if (newVersion) {
            version = new Version(document.id(), versionDate);
        } else if (versionChanged) {
            version.nodes().clear();
            em.flush();
        }
        if (versionChanged) {
            version.fill(parsed.title(), String.join("\n", parsed.history()), file.path(), effective, hash,
                    nodes(parsed), now);
            if (newVersion) {
                em.persist(version);
            }
            em.flush();
        }
        List<Version> versions = em.createNamedQuery(Version.OF_DOCUMENT, Version.class)
                .setParameter("document", document.id()).getResultList();
        Version current = Timeline.current(versions, today);
        DocumentStatus status = catalogue.status() != null ? catalogue.status()
                : current == null ? DocumentStatus.NOT_YET_IN_FORCE : DocumentStatus.IN_FORCE;
        Version shown = current != null ? current : versions.get(versions.size() - 1);
        // the document's catalogue follows the file of the version shown as current; older files leave it alone
        boolean catalogueChanged = shown == version && document.catalogue(shown.title(), catalogue.shortName(), catalogue.namesColumn(),
                catalogue.kind(), status, catalogue.issuingBody(), catalogue.region(), catalogue.locality(),
                catalogue.industriesColumn(), shown.versionDate(), shown.effectiveOn());
        catalogueChanged |= document.showVersion(current == null ? null : current.id());
        if (versionChanged || catalogueChanged) {
            IndexOutbox.queue(em, IndexOutbox.DOCUMENT, document.id(), now);
        }
        ImportOutcome outcome = created ? ImportOutcome.CREATED
                : versionChanged || catalogueChanged ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED;
        return new Imported(outcome, document.id(), catalogue.relations());
    }

    /**
     * Links documents as their sheets ask ("REPLACES:煤矿安全监察条例"); targets are found by short name or title.
     * Returns how many links were added; links already there are left alone.
     */
    public int relate(EntityManager em, long documentId, List<String> relations, Instant now) {
        int added = 0;
        for (String relation : relations) {
            int colon = relation.indexOf(':');
            if (colon < 0) {
                continue;
            }
            RelationKind kind;
            try {
                kind = RelationKind.valueOf(relation.substring(0, colon).strip());
            } catch (IllegalArgumentException e) {
                continue;
            }
            String target = relation.substring(colon + 1).strip();
            List<Long> targets = em.createQuery("""
                            SELECT d.id FROM Document d
                            WHERE d.shortTitle = :name OR d.title = :name OR d.title = :national""", Long.class)
                    .setParameter("name", target).setParameter("national", Catalogue.NATIONAL_PREFIX + target)
                    .getResultList();
            for (Long to : targets) {
                if (to == documentId) {
                    continue;
                }
                long existing = em.createQuery("""
                                SELECT COUNT(r) FROM Relation r WHERE r.fromDocumentId = :from
                                AND r.toDocumentId = :to AND r.kind = :kind""", Long.class)
                        .setParameter("from", documentId).setParameter("to", to).setParameter("kind", kind)
                        .getSingleResult();
                if (existing == 0) {
                    em.persist(new Relation(documentId, to, kind));
                    IndexOutbox.queue(em, IndexOutbox.DOCUMENT, to, now);
                    added++;
                }
            }
        }
        return added;
    }

    static List<VersionNode> nodes(ParsedStatute parsed) {
        List<VersionNode> nodes = new ArrayList<>();
        int position = 0;
        for (ParsedNode node : parsed.nodes()) {
            nodes.add(new VersionNode(++position, node.kind(), node.depth(), node.anchor(), node.number(),
                    node.label(), node.heading(), node.body()));
        }
        return nodes;
    }

    static LocalDate versionDate(StatuteFile file, ParsedStatute parsed) {
        Matcher matcher = FILE_DATE.matcher(file.path());
        if (matcher.find()) {
            LocalDate date = date(matcher.group(1));
            if (date != null) {
                return date;
            }
        }
        LocalDate publish = date(file.column("publish"));
        return publish != null ? publish : parsed.lastHistoryDate();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String hash(StatuteFile file, Map<String, String> knownRow) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(file.text().getBytes(StandardCharsets.UTF_8));
            digest.update(new TreeMap<>(file.sheet()).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(new TreeMap<>(knownRow).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A readable, stable slug from the pinyin of the short name (安全生产法 → anquanshengchanfa). */
    static String slug(EntityManager em, String shortName) {
        String pinyin = HanLP.convertToPinyinString(shortName, "", false).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "");
        String base = pinyin.isEmpty() ? "document" : pinyin.length() > 80 ? pinyin.substring(0, 80) : pinyin;
        String candidate = base;
        for (int n = 2; !em.createNamedQuery(Document.BY_SLUG, Document.class).setParameter("slug", candidate)
                .getResultList().isEmpty(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
