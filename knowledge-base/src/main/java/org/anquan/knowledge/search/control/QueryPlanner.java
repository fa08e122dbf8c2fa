package org.anquan.knowledge.search.control;

import org.anquan.knowledge.law.control.ChineseNumerals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a query: normalises it (traditional characters, full-width digits), finds a citation
 * (安全生产法第二十一条, 消防法 第16条), a named document (also in pinyin or with a typo), places, and the
 * content words, each with the plainer legal words that people mean by it (老板 → 生产经营单位).
 */
public final class QueryPlanner {

    private static final String NUMERAL = "[零一二三四五六七八九十百千两〇0-9]+";
    private static final Pattern CITATION = Pattern.compile(
            "^(.*?)\\s*第?\\s*(" + NUMERAL + ")\\s*条(?:\\s*之\\s*([一二三四五六七八九十0-9]+))?\\s*(.*)$");
    private static final Pattern PINYIN = Pattern.compile("^[a-z ]{4,}$");
    private static final Set<String> VERSION_WORDS = Set.of("现行", "最新", "新", "旧", "修订", "修正", "版本");
    private static final Map<String, List<String>> SYNONYMS = loadSynonyms();

    private QueryPlanner() {
    }

    public static QueryPlan plan(String query, NameDirectory names) {
        String text = ChineseSegmenter.normalise(query).strip();
        Set<Long> cited = Set.of();
        int article = 0;
        int sub = 0;
        String rest = text;

        Matcher citation = CITATION.matcher(text);
        if (citation.matches() && !citation.group(1).isBlank()) {
            NameDirectory.Found found = names.longestIn(citation.group(1));
            if (found == null) {
                found = names.nearest(citation.group(1));
            }
            int number = ChineseNumerals.parse(citation.group(2));
            if (found != null && number > 0) {
                cited = found.documentIds();
                article = number;
                sub = citation.group(3) == null ? 0 : Math.max(0, ChineseNumerals.parse(citation.group(3)));
                rest = citation.group(4);
            }
        }

        Set<Long> named = new LinkedHashSet<>(cited);
        boolean wholeName = false;
        if (cited.isEmpty()) {
            String compact = text.replace(" ", "");
            if (PINYIN.matcher(text).matches()) {
                Set<Long> byPinyin = names.byPinyin(compact);
                if (!byPinyin.isEmpty()) {
                    return new QueryPlan(text, List.of(), List.of(), Set.of(), 0, 0, byPinyin, true, List.of());
                }
            }
            NameDirectory.Found found = names.longestIn(text);
            if (found != null) {
                named.addAll(found.documentIds());
                String remainder = NameDirectory.key(text).replace(found.name(), " ");
                wholeName = ChineseSegmenter.contentWords(remainder).stream()
                        .allMatch(word -> VERSION_WORDS.contains(word));
                rest = remainder;
            } else {
                NameDirectory.Found near = names.nearest(text);
                if (near != null) {
                    return new QueryPlan(text, List.of(), List.of(), Set.of(), 0, 0, near.documentIds(), true,
                            List.of());
                }
            }
        }

        List<String> places = names.placesIn(rest);
        for (String place : places) {
            rest = rest.replace(place, " ");
        }
        List<String> words = new ArrayList<>();
        for (String word : ChineseSegmenter.contentWords(rest)) {
            if (!VERSION_WORDS.contains(word) && !places.contains(word) && !word.matches("[市省区县]")) {
                words.add(word);
            }
        }
        Set<String> expansions = new LinkedHashSet<>();
        String compactRest = rest.replace(" ", "");
        SYNONYMS.forEach((word, also) -> {
            if (compactRest.contains(word)) {
                also.stream().filter(extra -> !words.contains(extra)).forEach(expansions::add);
            }
        });
        return new QueryPlan(text, List.copyOf(words), List.copyOf(expansions), cited, article, sub,
                Set.copyOf(named), wholeName && cited.isEmpty(), List.copyOf(places));
    }

    private static Map<String, List<String>> loadSynonyms() {
        try (var in = QueryPlanner.class.getResourceAsStream("query-synonyms.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, List<String>> synonyms = new HashMap<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                if (cells.length == 2) {
                    synonyms.put(cells[0].strip(), Arrays.asList(cells[1].strip().split("\\s+")));
                }
            }
            return Map.copyOf(synonyms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
