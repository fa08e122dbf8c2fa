package org.anquan.knowledge.law.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.anquan.knowledge.law.control.FolderImport;
import org.anquan.knowledge.law.control.KnownStatutes;
import org.anquan.knowledge.law.control.StatuteFolder;
import org.anquan.knowledge.law.control.StatuteFormatException;
import org.anquan.knowledge.law.control.StatuteImporter;
import org.anquan.knowledge.law.control.ZipFolders;
import org.anquan.knowledge.law.entity.ImportJob;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports statute folders uploaded as a zip by an editor or administrator. The import runs in the background, one
 * transaction per file; its progress and per-file errors live in the database, so any instance can show them.
 */
@Stateless
@RolesAllowed({"SYSTEM_ADMIN", "EDITOR"})
public class LawImports {

    private static final Logger LOG = Logger.getLogger(LawImports.class.getName());

    @PersistenceContext(unitName = "kb")
    EntityManager entityManager;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    /** Unpacks the zip and starts importing it; returns the job to watch. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long upload(@NotNull InputStream zip, @NotNull String fileName) {
        Path folder;
        try {
            folder = ZipFolders.unpack(zip);
        } catch (StatuteFormatException e) {
            throw new BusinessException("admin_knowledge.badZip", e.reason());
        } catch (IOException e) {
            throw new BusinessException("admin_knowledge.badZip", e.getMessage());
        }
        StatuteFolder statutes = new StatuteFolder(folder);
        int total = statutes.paths().size();
        if (total == 0) {
            ZipFolders.delete(folder);
            throw new BusinessException("admin_knowledge.noStatutes");
        }
        LawImports self = context.getBusinessObject(LawImports.class);
        long job = self.createJob(context.getCallerPrincipal().getName(), fileName, total);
        self.run(job, folder);
        return job;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long createJob(String by, String source, int total) {
        ImportJob job = new ImportJob(by, source, total, clock.instant());
        entityManager.persist(job);
        entityManager.flush();
        return job.id();
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long jobId, Path folder) {
        LawImports self = context.getBusinessObject(LawImports.class);
        try {
            StatuteImporter importer = new StatuteImporter(KnownStatutes.builtIn(),
                    LocalDate.now(clock.withZone(Clocks.CHINA)));
            FolderImport.Report report = FolderImport.run(new StatuteFolder(folder), importer,
                    self::inNewTransaction,
                    (done, total, path, outcome, error) -> self.inNewTransaction(em -> {
                        em.find(ImportJob.class, jobId).advanced(done, error != null, error);
                        return null;
                    }), clock);
            self.inNewTransaction(em -> {
                em.find(ImportJob.class, jobId).finished(report.created(), report.updated(), report.unchanged(),
                        clock.instant());
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + jobId + " failed", e);
            self.inNewTransaction(em -> {
                em.find(ImportJob.class, jobId).failed(String.valueOf(e.getMessage()), clock.instant());
                return null;
            });
        } finally {
            Path root = folder;
            while (root.getParent() != null && !root.getFileName().toString().startsWith("anquan-import-")) {
                root = root.getParent();
            }
            ZipFolders.delete(root.getFileName().toString().startsWith("anquan-import-") ? root : folder);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        return work.apply(entityManager);
    }

    public ImportJobView job(long id) {
        ImportJob job = entityManager.find(ImportJob.class, id);
        if (job == null) {
            throw new UnknownEntityException("import", id);
        }
        return ImportJobView.of(job);
    }

    public List<ImportJobView> recent() {
        return entityManager.createQuery("SELECT j FROM ImportJob j ORDER BY j.id DESC", ImportJob.class)
                .setMaxResults(10).getResultStream().map(ImportJobView::of).toList();
    }
}
