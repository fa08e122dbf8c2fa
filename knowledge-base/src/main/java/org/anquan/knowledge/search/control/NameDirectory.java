package org.anquan.knowledge.search.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names people use for documents (full title, short title, abbreviations, numbers, pinyin) and the places
 * local texts belong to, for reading citations, title look-ups and places out of a query.
 */
public final class NameDirectory {

    /** What the directory needs to know of a document. */
    public record Named(long documentId, String title, List<String> names, boolean national, String region,
                        String locality, String docNumber) {
    }

    private final Map<String, Set<Long>> byName = new HashMap<>();
    private final Map<String, Set<Long>> byPinyin = new HashMap<>();
    private final List<String> namesLongestFirst;
    private final Set<String> places = new TreeSet<>(Comparator.comparing(String::length).reversed()
            .thenComparing(Comparator.naturalOrder()));

    public NameDirectory(List<Named> documents) {
        for (Named document : documents) {
            Set<String> names = new LinkedHashSet<>();
            names.add(document.title());
            names.addAll(document.names());
            if (document.docNumber() != null && !document.docNumber().isBlank()) {
                names.add(document.docNumber());
                // a standard is cited without its year as often as with it: GB 30871 for GB 30871-2022
                names.add(document.docNumber().replaceFirst("[-—]\\d{4}$", ""));
            }
            for (String name : names) {
                String key = key(name);
                if (key.length() >= 2) {
                    byName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(document.documentId());
                    if (!key.chars().allMatch(c -> c < 128)) {
                        String pinyin = ChineseSegmenter.pinyin(key);
                        byPinyin.computeIfAbsent(pinyin, k -> new LinkedHashSet<>()).add(document.documentId());
                        if (key.length() >= 3) {
                            byPinyin.computeIfAbsent(ChineseSegmenter.pinyinInitials(key),
                                    k -> new LinkedHashSet<>()).add(document.documentId());
                        }
                    }
                }
            }
            if (document.region() != null) {
                places.add(document.region());
            }
            if (document.locality() != null) {
                places.add(document.locality());
            }
        }
        namesLongestFirst = byName.keySet().stream()
                .sorted(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The directory of the given documents. */
    public static NameDirectory of(List<org.anquan.knowledge.document.entity.Document> documents) {
        return new NameDirectory(documents.stream().map(document -> new Named(document.id(), document.title(),
                document.names() == null ? List.of() : List.of(document.names().split("\\|")),
                document.locality() == null, document.region(), document.locality(), document.docNumber()))
                .toList());
    }

    /** A name as compared: normalised, without spaces, without the national prefix. */
    public static String key(String name) {
        return ChineseSegmenter.normalise(name).replaceAll("[\\s《》〈〉\"“”]", "").replace("中华人民共和国", "");
    }

    public Set<Long> exactly(String name) {
        return byName.getOrDefault(key(name), Set.of());
    }

    public Set<Long> byPinyin(String letters) {
        return byPinyin.getOrDefault(letters.toLowerCase().replaceAll("[^a-z0-9]", ""), Set.of());
    }

    /** A name found inside a text, the longest first; null when none. */
    public Found longestIn(String text) {
        String compact = key(text);
        for (String name : namesLongestFirst) {
            if (name.length() >= 3 || name.equals(compact)) {
                int at = compact.indexOf(name);
                if (at >= 0) {
                    return new Found(name, byName.get(name), at);
                }
            }
        }
        return null;
    }

    /** A name within a small edit distance of the whole text (a typo in a title); null when none is close. */
    public Found nearest(String text) {
        String compact = key(text);
        if (compact.length() < 5) {
            return null;
        }
        int allowed = Math.max(1, compact.length() / 6);
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : namesLongestFirst) {
            if (Math.abs(name.length() - compact.length()) > allowed) {
                continue;
            }
            int distance = distance(name, compact, allowed);
            if (distance <= allowed && distance < bestDistance) {
                bestDistance = distance;
                best = new Found(name, byName.get(name), 0);
            }
        }
        return best;
    }

    /** Places named in the text (北京, 深圳 …), longest first. */
    public List<String> placesIn(String text) {
        List<String> found = new ArrayList<>();
        String rest = text;
        for (String place : places) {
            if (rest.contains(place)) {
                found.add(place);
                rest = rest.replace(place, " ");
            }
        }
        return found;
    }

    public record Found(String name, Set<Long> documentIds, int at) {
    }

    private static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            int best = row[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.min(best, row[j]);
            }
            if (best > limit) {
                return best;
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
