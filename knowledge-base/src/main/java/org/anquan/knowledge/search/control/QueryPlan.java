package org.anquan.knowledge.search.control;

import java.util.List;
import java.util.Set;

/**
 * What a query asks for, as read by {@link QueryPlanner}: its words (and the plainer legal words people mean),
 * a cited article, documents named in it, places, and whether it was typed in pinyin.
 *
 * @param citedArticle the article number of a citation (第二十一条), when {@code citedDocuments} is not empty
 * @param citedSub     the 之一 number of a cited article, 0 when none
 * @param named        documents the query names (title look-up or "search within")
 * @param wholeName    true when the query is nothing but a document's name (a title look-up)
 */
public record QueryPlan(String text, List<String> words, List<String> expansions, Set<Long> citedDocuments,
                        int citedArticle, int citedSub, Set<Long> named, boolean wholeName, List<String> places) {

    public boolean isCitation() {
        return !citedDocuments.isEmpty() && citedArticle > 0;
    }

    public boolean hasWords() {
        return !words.isEmpty();
    }
}
