package org.anquan.portal.editor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.knowledge.notice.boundary.NoticeView;
import org.anquan.knowledge.notice.boundary.Notices;
import org.anquan.platform.clock.Clocks;
import org.anquan.platform.error.BusinessException;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** /editor/notices.xhtml: editors write notices, schedule when they show and retire them. */
@Named
@ViewScoped
public class EditorNoticesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Notices notices;

    @Inject
    Clock clock;

    @Inject
    Texts texts;

    private Long editing;
    private String title;
    private String body;
    private boolean pinned;
    private String publishesAt;
    private String retiresAt;
    private transient List<NoticeView> all;

    public List<NoticeView> getAll() {
        if (all == null) {
            all = notices.all();
        }
        return all;
    }

    /** Fills the form with a notice to change it. */
    public void edit(long id) {
        NoticeView notice = notices.notice(id);
        editing = id;
        title = notice.title();
        body = notice.body();
        pinned = notice.pinned();
        publishesAt = local(notice.publishesAt());
        retiresAt = notice.retiresAt() == null ? null : local(notice.retiresAt());
    }

    public void save() {
        Instant publishes = parse(publishesAt, "notices:publishesAt");
        Instant retires = retiresAt == null || retiresAt.isBlank() ? null : parse(retiresAt, "notices:retiresAt");
        if (publishes == null || (retires == null && retiresAt != null && !retiresAt.isBlank())) {
            return;
        }
        try {
            NoticeView saved = notices.write(editing, new Notices.Draft(title, body, pinned, publishes, retires));
            texts.info(editing == null ? "editor_notices.created" : "editor_notices.updated", saved.title());
            clear();
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public void retire(long id) {
        try {
            NoticeView retired = notices.retire(id);
            texts.info("editor_notices.retired", retired.title());
            all = null;
        } catch (BusinessException e) {
            texts.error(null, e);
        }
    }

    public void clear() {
        editing = null;
        title = null;
        body = null;
        pinned = false;
        publishesAt = null;
        retiresAt = null;
        all = null;
    }

    private Instant parse(String value, String clientId) {
        if (value == null || value.isBlank()) {
            texts.error(clientId, "editor_notices.badTime");
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(Clocks.CHINA).toInstant();
        } catch (DateTimeParseException e) {
            texts.error(clientId, "editor_notices.badTime");
            return null;
        }
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, Clocks.CHINA).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** Now, in the form's format, as the default start of a new notice. */
    public String getNow() {
        return local(clock.instant());
    }

    public Long getEditing() { return editing; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isPinned() { return pinned; }
    public void setPinned(boolean pinned) { this.pinned = pinned; }
    public String getPublishesAt() { return publishesAt == null ? getNow() : publishesAt; }
    public void setPublishesAt(String publishesAt) { this.publishesAt = publishesAt; }
    public String getRetiresAt() { return retiresAt; }
    public void setRetiresAt(String retiresAt) { this.retiresAt = retiresAt; }
}
