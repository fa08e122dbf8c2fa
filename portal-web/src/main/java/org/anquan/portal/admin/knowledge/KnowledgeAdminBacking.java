package org.anquan.portal.admin.knowledge;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.anquan.knowledge.law.boundary.ImportJobView;
import org.anquan.knowledge.law.boundary.LawImports;
import org.anquan.knowledge.search.boundary.ReindexState;
import org.anquan.knowledge.search.boundary.Reindexing;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * /admin/knowledge/: import a statute folder (a zip) and watch its progress; see the search index and rebuild it
 * without downtime. Both run in the background and report through the database, so the page only polls.
 */
@Named
@ViewScoped
public class KnowledgeAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_ZIP_BYTES = 100L * 1024 * 1024;

    @EJB
    transient LawImports imports;

    @EJB
    transient Reindexing reindexing;

    @Inject
    Texts texts;

    private transient Part zip;
    private Long watched;

    public void upload() {
        if (zip == null || zip.getSize() == 0) {
            texts.error("upload:zip", "admin_knowledge.zipRequired");
            return;
        }
        if (zip.getSize() > MAX_ZIP_BYTES) {
            texts.error("upload:zip", "admin_knowledge.zipTooLarge", MAX_ZIP_BYTES / 1024 / 1024);
            return;
        }
        try (InputStream in = zip.getInputStream()) {
            watched = imports.upload(in, zip.getSubmittedFileName() == null ? "upload.zip" : zip.getSubmittedFileName());
            texts.info("admin_knowledge.importStarted");
        } catch (BusinessException e) {
            texts.error("upload:zip", e);
        } catch (IOException e) {
            texts.error("upload:zip", "admin_knowledge.uploadFailed");
        }
    }

    public void rebuild() {
        reindexing.start();
        texts.info("admin_knowledge.rebuildStarted");
    }

    public ImportJobView getCurrent() {
        return watched == null ? null : imports.job(watched);
    }

    public List<ImportJobView> getJobs() {
        return imports.recent();
    }

    public ReindexState getIndex() {
        return reindexing.state();
    }

    public Part getZip() {
        return zip;
    }

    public void setZip(Part zip) {
        this.zip = zip;
    }
}
