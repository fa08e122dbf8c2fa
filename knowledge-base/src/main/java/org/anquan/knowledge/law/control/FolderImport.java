package org.anquan.knowledge.law.control;

import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Imports every statute file of a folder, one transaction per file, and then links the documents as the sheets
 * ask. A file that fails is reported with its reason and the rest go on; nothing of a failed file is kept.
 */
public final class FolderImport {

    /** Runs work in a transaction of its own and commits it (rolls back on any exception). */
    public interface Transactions {
        <T> T inNewTransaction(Function<EntityManager, T> work);
    }

    /** Told after each file. */
    public interface Progress {
        void advanced(int done, int total, String path, ImportOutcome outcome, String error);
    }

    public record Report(int total, int created, int updated, int unchanged, List<String> errors) {
        public int failed() {
            return errors.size();
        }
    }

    private FolderImport() {
    }

    public static Report run(StatuteFolder folder, StatuteImporter importer, Transactions transactions,
                             Progress progress, Clock clock) {
        List<String> paths = folder.paths();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> errors = new ArrayList<>();
        List<StatuteImporter.Imported> relating = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            ImportOutcome outcome = null;
            String error = null;
            try {
                StatuteFile file = folder.read(path);
                StatuteImporter.Imported imported = transactions.inNewTransaction(em -> {
                    try {
                        return importer.importFile(em, file, clock.instant());
                    } catch (StatuteFormatException e) {
                        throw new ImportFailure(e.getMessage(), e);
                    }
                });
                outcome = imported.outcome();
                switch (outcome) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    default -> unchanged++;
                }
                if (!imported.relations().isEmpty()) {
                    relating.add(imported);
                }
            } catch (StatuteFormatException | IOException | RuntimeException e) {
                error = path + ": " + reason(e);
                errors.add(error);
            }
            progress.advanced(i + 1, paths.size(), path, outcome, error);
        }
        if (!relating.isEmpty()) {
            transactions.inNewTransaction(em -> {
                relating.forEach(imported -> importer.relate(em, imported.documentId(), imported.relations(),
                        clock.instant()));
                return null;
            });
        }
        return new Report(paths.size(), created, updated, unchanged, List.copyOf(errors));
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof StatuteFormatException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
