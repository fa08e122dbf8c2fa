package org.anquan.knowledge.law.boundary;

import org.anquan.knowledge.law.control.ArticleDiff;

import java.util.List;

/** Two versions compared article by article; counts of added, removed and changed articles. */
public record VersionComparison(String slug, String title, VersionView from, VersionView to,
                                List<ArticleDiff.Line> lines) {

    public long count(ArticleDiff.Change change) {
        return lines.stream().filter(line -> line.change() == change).count();
    }

    public long getAdded() {
        return count(ArticleDiff.Change.ADDED);
    }

    public long getRemoved() {
        return count(ArticleDiff.Change.REMOVED);
    }

    /** Changed articles, an article split into parts counting once. */
    public long getChanged() {
        return count(ArticleDiff.Change.CHANGED) + lines.stream().filter(line -> line.change() == ArticleDiff.Change.SPLIT)
                .map(line -> line.before().anchor()).distinct().count();
    }
}
