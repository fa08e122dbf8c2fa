package org.anquan.portal.notices;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.knowledge.notice.boundary.NoticeView;
import org.anquan.knowledge.notice.boundary.Notices;

import java.util.List;

/** /notices/ (all notices shown now, twenty a page) and /notices/notice.xhtml?id= (one notice). */
@Named
@RequestScoped
public class NoticesBacking {

    static final int PAGE = 20;

    @EJB
    Notices notices;

    private int page = 1;
    private Long id;
    private List<NoticeView> list;
    private NoticeView notice;
    private Long total;

    public List<NoticeView> getList() {
        if (list == null) {
            list = notices.shown((Math.max(1, page) - 1) * PAGE, PAGE);
        }
        return list;
    }

    public long getTotal() {
        if (total == null) {
            total = notices.countShown();
        }
        return total;
    }

    public boolean isMore() {
        return (long) Math.max(1, page) * PAGE < getTotal();
    }

    /** Loads the notice of the address (f:viewAction); an unknown or hidden one is a 404 like any unknown page. */
    public void load() {
        notice = notices.notice(id == null ? -1 : id);
    }

    public NoticeView getNotice() { return notice; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(1, page); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
