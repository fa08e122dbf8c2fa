package org.anquan.portal.examadmin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.anquan.exam.bank.boundary.BlueprintCheck;
import org.anquan.exam.bank.boundary.ItemPage;
import org.anquan.exam.bank.boundary.ItemSummary;
import org.anquan.exam.bank.boundary.KnowledgePointView;
import org.anquan.exam.bank.boundary.QuestionBank;
import org.anquan.exam.bank.boundary.SheetImport;
import org.anquan.exam.bank.boundary.SubjectView;
import org.anquan.exam.bank.entity.ItemStatus;
import org.anquan.exam.paper.control.Blueprint;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.account.CurrentAccount;
import org.anquan.portal.language.Texts;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * /exam-admin/subject.xhtml?id=: a subject's knowledge points, its items page by page (filtered by status and stem
 * text, both kept in the address) with the review, activation, retirement and the practice pool of each, the
 * blueprint's editor with the check of what the bank can fill, the downloads, and the Excel import that either takes
 * the whole sheet as drafts or lists every problem and takes nothing.
 */
@Named
@ViewScoped
public class SubjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_SHEET_BYTES = 5L * 1024 * 1024;
    private static final int MAX_TEXT = 200;
    private static final int STEM_EXCERPT = 120;

    /** A problem of an uploaded sheet, its message already in the visitor's language. */
    public record SheetProblem(String row, String column, String message, String value) implements Serializable {
    }

    @EJB
    transient QuestionBank bank;

    @Inject
    Texts texts;

    @Inject
    CurrentAccount account;

    private long id;
    private ItemStatus status;
    private String q;

    private String pointCode;
    private String pointName;

    private transient Part sheet;
    private Integer imported;
    private List<SheetProblem> problems = List.of();

    private transient SubjectView subject;
    private transient List<KnowledgePointView> points;
    private transient BlueprintCheck check;
    private BlueprintForm blueprint;

    private final LazyDataModel<ItemSummary> items = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) bank.items(id, status, text(), 0, 1).total();
        }

        @Override
        public List<ItemSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            ItemPage page = bank.items(id, status, text(), first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ItemSummary item) {
            return Long.toString(item.id());
        }

        @Override
        public ItemSummary getRowData(String rowKey) {
            return null;
        }
    };

    public SubjectView getSubject() {
        if (subject == null) {
            subject = bank.subject(id);
        }
        return subject;
    }

    public List<KnowledgePointView> getPoints() {
        if (points == null) {
            points = bank.knowledgePoints(id);
        }
        return points;
    }

    public BlueprintCheck getCheck() {
        if (check == null) {
            check = bank.checkBlueprint(id);
        }
        return check;
    }

    /** The blueprint's rows as the editor holds them, first as saved. */
    public BlueprintForm getBlueprint() {
        if (blueprint == null) {
            blueprint = BlueprintForm.of(getSubject().blueprint());
        }
        return blueprint;
    }

    public void addSection() {
        getBlueprint().addSection();
    }

    public void removeSection(int index) {
        getBlueprint().removeSection(index);
    }

    public void addQuota() {
        getBlueprint().addQuota();
    }

    public void removeQuota(int index) {
        getBlueprint().removeQuota(index);
    }

    /** Saves the rows as the subject's blueprint; afterwards the check shows what the bank can fill. */
    public void saveBlueprint() {
        Blueprint checked = getBlueprint().blueprint(getSubject().totalPoints(), texts);
        if (checked == null) {
            texts.error(null, "examAdmin_blueprint.notSaved");
            return;
        }
        try {
            bank.saveBlueprint(id, checked, account.id());
            texts.info("examAdmin_blueprint.saved");
            subject = null;
            check = null;
            blueprint = null;
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public List<ItemType> getTypes() {
        return List.of(ItemType.values());
    }

    public List<Integer> getDifficulties() {
        return List.of(1, 2, 3, 4, 5);
    }

    public LazyDataModel<ItemSummary> getItems() {
        return items;
    }

    public List<ItemStatus> getStatuses() {
        return List.of(ItemStatus.values());
    }

    /** The filter lives in the address: a new view, from the first page, that can be bookmarked. */
    public String filter() {
        return "/exam-admin/subject.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public void addPoint() {
        try {
            KnowledgePointView added = bank.addKnowledgePoint(id, pointCode, pointName, account.id());
            texts.info("examAdmin_subject.pointAdded", added.code());
            pointCode = null;
            pointName = null;
        } catch (BusinessException e) {
            texts.error("points:code", e);
        }
        points = null;
    }

    public void review(long itemId) {
        change(() -> bank.review(itemId, account.id()), "examAdmin_subject.reviewed", itemId);
    }

    public void activate(long itemId) {
        change(() -> bank.activate(itemId, account.id()), "examAdmin_subject.activated", itemId);
    }

    public void retire(long itemId) {
        change(() -> bank.retire(itemId, account.id()), "examAdmin_subject.retired", itemId);
    }

    /** Puts an active item into the public practice pool; it never goes on an exam paper again. */
    public void openToPractice(long itemId) {
        change(() -> bank.openToPractice(itemId, account.id()), "examAdmin_item.openedToPractice", itemId);
    }

    public void withdrawFromPractice(long itemId) {
        change(() -> bank.withdrawFromPractice(itemId, account.id()), "examAdmin_item.withdrawnFromPractice", itemId);
    }

    private void change(Runnable change, String doneKey, long itemId) {
        try {
            change.run();
            texts.info(doneKey, Long.toString(itemId));
        } catch (BusinessException e) {
            texts.error(null, e);
        }
        subject = null;
        check = null;
    }

    public void importSheet() {
        imported = null;
        problems = List.of();
        if (sheet == null || sheet.getSize() == 0) {
            texts.error("import:sheet", "examAdmin_subject.sheetRequired");
            return;
        }
        if (sheet.getSize() > MAX_SHEET_BYTES) {
            texts.error("import:sheet", "examAdmin_subject.sheetTooLarge", MAX_SHEET_BYTES / 1024 / 1024);
            return;
        }
        try (InputStream in = sheet.getInputStream()) {
            SheetImport result = bank.importSheet(id, in, account.id());
            if (result.clean()) {
                imported = result.imported();
            } else {
                problems = result.problems().stream().map(this::problem).toList();
            }
        } catch (BusinessException e) {
            texts.error("import:sheet", e);
        } catch (IOException e) {
            texts.error("import:sheet", "examAdmin_subject.uploadFailed");
        }
        subject = null;
        check = null;
    }

    private SheetProblem problem(SheetImport.Problem problem) {
        // the value of an inconsistent row is the model's English reason, not something the sheet holds
        boolean sheetValue = !"items.inconsistent".equals(problem.messageKey());
        return new SheetProblem(problem.row() > 0 ? Integer.toString(problem.row()) : "—", problem.column(),
                texts.format(problem.messageKey(), problem.value()), sheetValue ? problem.value() : "");
    }

    public String excerpt(String stem) {
        return stem.codePointCount(0, stem.length()) <= STEM_EXCERPT ? stem
                : stem.substring(0, stem.offsetByCodePoints(0, STEM_EXCERPT)) + "…";
    }

    private String text() {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public ItemStatus getStatus() { return status; }
    public void setStatus(ItemStatus status) { this.status = status; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPointCode() { return pointCode; }
    public void setPointCode(String pointCode) { this.pointCode = pointCode; }
    public String getPointName() { return pointName; }
    public void setPointName(String pointName) { this.pointName = pointName; }
    public Part getSheet() { return sheet; }
    public void setSheet(Part sheet) { this.sheet = sheet; }
    public Integer getImported() { return imported; }
    public List<SheetProblem> getProblems() { return problems; }
}
