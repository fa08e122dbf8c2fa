package org.anquan.portal.laws;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anquan.knowledge.document.boundary.DocumentView;
import org.anquan.knowledge.document.boundary.Documents;
import org.anquan.knowledge.document.boundary.SearchResult;
import org.anquan.portal.language.Texts;

import java.util.List;

/** /laws/: the catalogue, or the documents found for {@code ?q=}. */
@Named
@RequestScoped
public class LawsBacking {

    static final int PAGE = 50;

    @EJB
    Documents documents;

    @Inject
    Texts texts;

    private String q;
    private List<DocumentView> catalogue = List.of();
    private long total;
    private SearchResult result;

    public void load() {
        String query = q == null ? "" : q.strip();
        if (query.length() > Documents.MAX_QUERY_LENGTH) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    texts.format("laws_index.queryTooLong", Documents.MAX_QUERY_LENGTH), null));
            query = "";
        }
        if (query.isEmpty()) {
            catalogue = documents.list(0, PAGE);
            total = documents.count();
        } else {
            result = documents.search(query, 50);
        }
    }

    public boolean isSearching() {
        return result != null;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<DocumentView> getCatalogue() {
        return catalogue;
    }

    public long getTotal() {
        return total;
    }

    public SearchResult getResult() {
        return result;
    }
}
