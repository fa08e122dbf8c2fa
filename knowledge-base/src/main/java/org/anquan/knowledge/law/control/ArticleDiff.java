package org.anquan.knowledge.law.control;

import org.anquan.platform.html.control.RichText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares the articles of two versions. Articles are matched by text, not by number, because revisions renumber:
 * identical texts are paired first (longest common subsequence), then the remaining articles between two pairs are
 * paired when their wording is similar enough (changed); the rest are added or removed. A changed pair carries a
 * character-level comparison with the removed text in {@code <del>} and the added text in {@code <ins>}.
 */
public final class ArticleDiff {

    /** An article of one version: its anchor, its label (第二十一条) and its text. */
    public record Article(String anchor, String label, String text) {
    }

    /** SPLIT: one article of the older version became several consecutive ones; each part is a line of its own. */
    public enum Change { UNCHANGED, CHANGED, ADDED, REMOVED, SPLIT }

    /**
     * One line of the comparison, in the order of the newer version (removed articles where they stood).
     * {@code html} is escaped text with {@code <del>}/{@code <ins>} marks for changed articles.
     */
    public record Line(Change change, Article before, Article after, String html) {
    }

    static final double SIMILAR = 0.45;
    /** A part of a split article: most of its wording comes from the old article. */
    static final double PART = 0.6;

    private ArticleDiff() {
    }

    public static List<Line> compare(List<Article> before, List<Article> after) {
        int n = before.size();
        int m = after.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = before.get(i).text().equals(after.get(j).text()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        List<Article> removed = new ArrayList<>();
        List<Article> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.get(i).text().equals(after.get(j).text())) {
                flush(lines, removed, added);
                lines.add(new Line(Change.UNCHANGED, before.get(i), after.get(j), RichText.escape(after.get(j).text())));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(after.get(j++));
            } else {
                removed.add(before.get(i++));
            }
        }
        flush(lines, removed, added);
        return lines;
    }

    /**
     * Pairs the articles of a gap: an old article split into consecutive new ones first (each part compared with its
     * share of the old wording, never the whole old text with one half), then similar articles as changed; the others
     * are removed or added, in place.
     */
    private static void flush(List<Line> lines, List<Article> removed, List<Article> added) {
        Set<Article> pairedBefore = new HashSet<>();
        Article[] partner = new Article[added.size()];
        int[] splitLength = new int[added.size()];
        findSplits(removed, added, partner, splitLength, pairedBefore);
        for (int a = 0; a < added.size(); a++) {
            if (partner[a] != null) {
                continue;
            }
            double best = SIMILAR;
            for (Article old : removed) {
                if (pairedBefore.contains(old)) {
                    continue;
                }
                double similarity = similarity(old.text(), added.get(a).text());
                if (similarity >= best) {
                    best = similarity;
                    partner[a] = old;
                }
            }
            if (partner[a] != null) {
                pairedBefore.add(partner[a]);
            }
        }
        int r = 0;
        for (int a = 0; a < added.size(); a++) {
            if (partner[a] != null) {
                // removed articles that stood before this pair's old article come first
                int at = removed.indexOf(partner[a]);
                for (; r < at; r++) {
                    if (!pairedBefore.contains(removed.get(r))) {
                        lines.add(new Line(Change.REMOVED, removed.get(r), null, RichText.escape(removed.get(r).text())));
                    }
                }
                r = Math.max(r, at + 1);
                if (splitLength[a] > 0) {
                    List<Article> parts = added.subList(a, a + splitLength[a]);
                    List<String> htmls = wordingSplit(partner[a].text(), parts.stream().map(Article::text).toList());
                    for (int k = 0; k < parts.size(); k++) {
                        lines.add(new Line(Change.SPLIT, partner[a], parts.get(k), htmls.get(k)));
                    }
                    a += splitLength[a] - 1;
                    continue;
                }
                lines.add(new Line(Change.CHANGED, partner[a], added.get(a),
                        wording(partner[a].text(), added.get(a).text())));
            } else {
                lines.add(new Line(Change.ADDED, null, added.get(a), RichText.escape(added.get(a).text())));
            }
        }
        for (; r < removed.size(); r++) {
            if (!pairedBefore.contains(removed.get(r))) {
                lines.add(new Line(Change.REMOVED, removed.get(r), null, RichText.escape(removed.get(r).text())));
            }
        }
        removed.clear();
        added.clear();
    }

    /**
     * Finds old articles split into two or more consecutive new ones: each part's wording comes mostly from the old
     * article, and the parts together are closer to it than any single one. Marks the first part with the run's
     * length; every part gets the old article as partner.
     */
    private static void findSplits(List<Article> removed, List<Article> added, Article[] partner, int[] splitLength,
                                   Set<Article> pairedBefore) {
        for (Article old : removed) {
            for (int start = 0; start + 1 < added.size(); start++) {
                int end = start;
                while (end < added.size() && partner[end] == null
                        && containment(added.get(end).text(), old.text()) >= PART) {
                    end++;
                }
                if (end - start < 2) {
                    continue;
                }
                StringBuilder joined = new StringBuilder();
                double bestSingle = 0;
                for (int k = start; k < end; k++) {
                    joined.append(added.get(k).text());
                    bestSingle = Math.max(bestSingle, similarity(old.text(), added.get(k).text()));
                }
                double together = similarity(old.text(), joined.toString());
                if (together >= PART && together > bestSingle) {
                    for (int k = start; k < end; k++) {
                        partner[k] = old;
                    }
                    splitLength[start] = end - start;
                    pairedBefore.add(old);
                    break;
                }
            }
        }
    }

    /** Share of a part's character pairs that the whole has too. */
    static double containment(String part, String whole) {
        Set<String> x = bigrams(part);
        if (x.isEmpty()) {
            return 0;
        }
        Set<String> y = bigrams(whole);
        return (double) x.stream().filter(y::contains).count() / x.size();
    }

    /** Share of character pairs (bigrams) the two texts have in common (Dice coefficient). */
    static double similarity(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        int common = 0;
        for (String bigram : x) {
            if (y.contains(bigram)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> bigrams(String text) {
        Set<String> bigrams = new HashSet<>();
        for (int k = 0; k + 1 < text.length(); k++) {
            bigrams.add(text.substring(k, k + 2));
        }
        return bigrams;
    }

    /** Character-level comparison of two wordings as escaped HTML with del/ins marks. */
    public static String wording(String before, String after) {
        int n = before.length();
        int m = after.length();
        if ((long) n * m > 4_000_000L) {
            return "<del>" + RichText.escape(before) + "</del><ins>" + RichText.escape(after) + "</ins>";
        }
        int[][] lcs = commonLengths(before, after);
        StringBuilder html = new StringBuilder();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.charAt(i) == after.charAt(j)) {
                mark(html, del, ins);
                html.append(RichText.escape(String.valueOf(after.charAt(j))));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ins.append(after.charAt(j++));
            } else {
                del.append(before.charAt(i++));
            }
        }
        mark(html, del, ins);
        return html.toString();
    }

    /**
     * The old wording compared with the parts it was split into, as one escaped HTML comparison per part: the old
     * text is aligned with the parts read one after the other, and the comparison is cut where each part ends.
     */
    public static List<String> wordingSplit(String before, List<String> parts) {
        String after = String.join("", parts);
        List<String> htmls = new ArrayList<>();
        int n = before.length();
        int m = after.length();
        if ((long) n * m > 4_000_000L) {
            for (int k = 0; k < parts.size(); k++) {
                htmls.add((k == 0 ? "<del>" + RichText.escape(before) + "</del>" : "") + "<ins>"
                        + RichText.escape(parts.get(k)) + "</ins>");
            }
            return htmls;
        }
        int[][] lcs = commonLengths(before, after);
        StringBuilder html = new StringBuilder();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        int part = 0;
        int partEnd = parts.get(0).length();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            boolean match = i < n && j < m && before.charAt(i) == after.charAt(j);
            boolean insert = !match && j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]);
            if ((match || insert) && j == partEnd && part + 1 < parts.size()) {
                mark(html, del, ins);
                htmls.add(html.toString());
                html.setLength(0);
                part++;
                partEnd += parts.get(part).length();
            }
            if (match) {
                mark(html, del, ins);
                html.append(RichText.escape(String.valueOf(after.charAt(j))));
                i++;
                j++;
            } else if (insert) {
                ins.append(after.charAt(j++));
            } else {
                del.append(before.charAt(i++));
            }
        }
        mark(html, del, ins);
        htmls.add(html.toString());
        while (htmls.size() < parts.size()) {
            htmls.add(RichText.escape(parts.get(htmls.size())));
        }
        return htmls;
    }

    /** Lengths of the longest common subsequences of every pair of suffixes of two texts, character by character. */
    private static int[][] commonLengths(String before, String after) {
        int n = before.length();
        int m = after.length();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = before.charAt(i) == after.charAt(j) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        return lcs;
    }

    private static void mark(StringBuilder html, StringBuilder del, StringBuilder ins) {
        if (del.length() > 0) {
            html.append("<del>").append(RichText.escape(del.toString())).append("</del>");
            del.setLength(0);
        }
        if (ins.length() > 0) {
            html.append("<ins>").append(RichText.escape(ins.toString())).append("</ins>");
            ins.setLength(0);
        }
    }
}
