package org.anquan.portal.examadmin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.anquan.exam.bank.boundary.ItemDetail;
import org.anquan.exam.bank.boundary.KnowledgePointView;
import org.anquan.exam.bank.boundary.PictureEdit;
import org.anquan.exam.bank.boundary.QuestionBank;
import org.anquan.exam.bank.boundary.SubjectView;
import org.anquan.exam.bank.entity.ItemContent;
import org.anquan.exam.bank.entity.ItemStatus;
import org.anquan.exam.bank.entity.Picture;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.portal.account.CurrentAccount;
import org.anquan.portal.language.Texts;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * /exam-admin/item.xhtml?id= (an item) or ?subject= (a new item of the subject): the item's content as a form.
 * Saving an item writes a new version and sends the item back to draft. What the form holds is checked here first,
 * so that each mistake is named next to its field, and nothing typed is lost when the form comes back. The new version
 * keeps the picture unless another is uploaded or its removal is ticked. An active item can be put into the public
 * practice pool, and taken out again (it never goes back to exam papers).
 */
@Named
@ViewScoped
public class ItemBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> JUDGEMENT_OPTIONS = List.of("正确", "错误");
    private static final int MAX_OPTIONS = 8;

    @EJB
    transient QuestionBank bank;

    @Inject
    Texts texts;

    @Inject
    CurrentAccount account;

    // the view parameters; on postbacks they are pushed into the model again, so nothing derived is kept in them
    private Long id;
    private Long subject;

    private Long itemId;
    private long subjectId;
    private ItemStatus status;
    private int version;

    private ItemType type = ItemType.SINGLE_CHOICE;
    private Long knowledgePointId;
    private Integer difficulty = 3;
    private String stem;
    private String options;
    private String answer;
    private String explanation;
    private String legalBasis;

    private transient Part picture;
    private boolean removePicture;
    private boolean hasImage;
    private boolean practice;
    private boolean exposed;

    private transient SubjectView subjectView;
    private transient List<KnowledgePointView> points;

    public void open() {
        if (id != null) {
            show(bank.item(id));
        } else if (subject != null) {
            subjectId = subject;
            getSubject();
        } else {
            throw new UnknownEntityException("subject", "");
        }
    }

    private void show(ItemDetail item) {
        itemId = item.id();
        subjectId = item.subjectId();
        status = item.status();
        version = item.version();
        type = item.type();
        knowledgePointId = item.knowledgePointId();
        difficulty = item.difficulty();
        stem = item.stem();
        options = type == ItemType.JUDGEMENT ? null : String.join("\n", item.options());
        answer = answerText(type, item.correct());
        explanation = item.explanation();
        legalBasis = item.legalBasis();
        hasImage = item.hasImage();
        practice = item.practice();
        exposed = item.exposed();
        removePicture = false;
    }

    public String save() {
        PictureEdit pictureEdit = pictureEdit();
        ItemContent content = content();
        if (content == null || pictureEdit == null) {
            texts.error(null, "examAdmin_item.notSaved");
            return null;
        }
        try {
            if (itemId == null) {
                long created = bank.createItem(subjectId, content, pictureEdit.replacement(), account.id());
                Faces.getFlash().setKeepMessages(true);
                texts.info("examAdmin_item.created", Long.toString(created));
                return "/exam-admin/item.xhtml?faces-redirect=true&id=" + created;
            }
            bank.editItem(itemId, content, pictureEdit, account.id());
            ItemDetail saved = bank.item(itemId);
            status = saved.status();
            version = saved.version();
            hasImage = saved.hasImage();
            removePicture = false;
            texts.info("examAdmin_item.saved", version);
        } catch (BusinessException e) {
            texts.error(null, e);
        }
        return null;
    }

    /** What saving does to the picture, or null with a message at the upload when the file is no picture we take. */
    private PictureEdit pictureEdit() {
        if (picture == null || picture.getSize() == 0) {
            return removePicture ? PictureEdit.REMOVE : PictureEdit.KEEP;
        }
        try (InputStream in = picture.getInputStream()) {
            return PictureEdit.replace(Picture.of(in.readAllBytes()));
        } catch (BusinessException e) {
            texts.error("item:picture", e);
        } catch (IOException e) {
            texts.error("item:picture", "examAdmin_subject.uploadFailed");
        }
        return null;
    }

    /** Puts the item into the public practice pool: from now on it never goes on an exam paper. */
    public void openToPractice() {
        practiceChange(() -> bank.openToPractice(itemId, account.id()), "examAdmin_item.openedToPractice");
    }

    /** Takes the item out of the practice pool; it stays out of exam papers. */
    public void withdrawFromPractice() {
        practiceChange(() -> bank.withdrawFromPractice(itemId, account.id()), "examAdmin_item.withdrawnFromPractice");
    }

    private void practiceChange(Runnable change, String doneKey) {
        try {
            change.run();
            texts.info(doneKey, Long.toString(itemId));
        } catch (BusinessException e) {
            texts.error(null, e);
        }
        show(bank.item(itemId));
    }

    /** The form as content, or null with a message at each field that is wrong. */
    private ItemContent content() {
        List<String> optionList = type == ItemType.JUDGEMENT ? JUDGEMENT_OPTIONS : optionLines();
        if (optionList.size() < 2 || optionList.size() > MAX_OPTIONS) {
            texts.error("item:options", "examAdmin_item.badOptions");
            return null;
        }
        Set<Integer> correct = correct(type, answer, optionList.size());
        if (correct == null) {
            texts.error("item:answer", "items.badAnswer");
            return null;
        }
        if (type == ItemType.SINGLE_CHOICE && correct.size() != 1) {
            texts.error("item:answer", "examAdmin_item.oneAnswer");
            return null;
        }
        if (type == ItemType.MULTIPLE_CHOICE && correct.size() < 2) {
            texts.error("item:answer", "examAdmin_item.twoAnswers");
            return null;
        }
        try {
            return new ItemContent(type, knowledgePointId, difficulty, stem.strip(), optionList, correct,
                    blankToNull(explanation), blankToNull(legalBasis));
        } catch (IllegalArgumentException e) {
            texts.error(null, "items.inconsistent");
            return null;
        }
    }

    private List<String> optionLines() {
        return options == null ? List.of()
                : options.lines().map(String::strip).filter(Predicate.not(String::isEmpty)).toList();
    }

    /** 正确/错误 (or 对/错) for judgements, option letters such as A or ACD for choices; null when unreadable. */
    static Set<Integer> correct(ItemType type, String text, int optionCount) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String answer = text.strip().toUpperCase(Locale.ROOT);
        if (type == ItemType.JUDGEMENT) {
            return switch (answer) {
                case "正确", "对", "√", "A", "T", "TRUE" -> Set.of(0);
                case "错误", "错", "×", "B", "F", "FALSE" -> Set.of(1);
                default -> null;
            };
        }
        Set<Integer> indexes = new LinkedHashSet<>();
        for (char letter : answer.replaceAll("[\\s,，、]", "").toCharArray()) {
            int index = letter - 'A';
            if (index < 0 || index >= optionCount) {
                return null;
            }
            indexes.add(index);
        }
        return indexes;
    }

    static String answerText(ItemType type, List<Integer> correct) {
        if (type == ItemType.JUDGEMENT) {
            return JUDGEMENT_OPTIONS.get(correct.get(0));
        }
        StringBuilder letters = new StringBuilder();
        correct.stream().sorted().forEach(index -> letters.append((char) ('A' + index)));
        return letters.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public SubjectView getSubject() {
        if (subjectView == null) {
            subjectView = bank.subject(subjectId);
        }
        return subjectView;
    }

    public List<KnowledgePointView> getPoints() {
        if (points == null) {
            points = bank.knowledgePoints(subjectId);
        }
        return points;
    }

    public List<ItemType> getTypes() {
        return List.of(ItemType.values());
    }

    public List<Integer> getDifficulties() {
        return List.of(1, 2, 3, 4, 5);
    }

    public boolean isRetired() {
        return status == ItemStatus.RETIRED;
    }

    /** Only an active item can go into the practice pool (again, when it has been taken out). */
    public boolean isOpenableToPractice() {
        return status == ItemStatus.ACTIVE && !practice;
    }

    public boolean isJudgement() {
        return type == ItemType.JUDGEMENT;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getSubjectParam() { return subject; }
    public void setSubjectParam(Long subject) { this.subject = subject; }
    public Long getItemId() { return itemId; }
    public long getSubjectId() { return subjectId; }
    public ItemStatus getStatus() { return status; }
    public int getVersion() { return version; }
    public ItemType getType() { return type; }
    public void setType(ItemType type) { this.type = type; }
    public Long getKnowledgePointId() { return knowledgePointId; }
    public void setKnowledgePointId(Long knowledgePointId) { this.knowledgePointId = knowledgePointId; }
    public Integer getDifficulty() { return difficulty; }
    public void setDifficulty(Integer difficulty) { this.difficulty = difficulty; }
    public String getStem() { return stem; }
    public void setStem(String stem) { this.stem = stem; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public Part getPicture() { return picture; }
    public void setPicture(Part picture) { this.picture = picture; }
    public boolean isRemovePicture() { return removePicture; }
    public void setRemovePicture(boolean removePicture) { this.removePicture = removePicture; }
    public boolean isHasImage() { return hasImage; }
    public boolean isPractice() { return practice; }
    public boolean isExposed() { return exposed; }
    public int getMaxPictureMegabytes() { return Picture.MAX_BYTES / 1024 / 1024; }

    public String getPictureAlt() {
        return texts.format("examAdmin_item.pictureAlt", Long.toString(itemId));
    }
}
