package org.anquan.knowledge.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge index behind the alias {@code <prefix>-kb}: explicit mappings, writes that never let an older
 * database state overwrite a newer one (external versions = when the state was read), a full rebuild into a new
 * index followed by an alias switch, and the query built from a {@link QueryPlan}.
 */
public class KnowledgeIndex {

    public static final String ARTICLE = "ARTICLE";
    public static final String DOCUMENT = "DOCUMENT";
    static final String CHARACTERS = "standard";
    static final String WORDS = "whitespace";
    private static final List<String> FACETS = List.of("kind", "status", "region", "industries", "issuingBody",
            "type");

    private final ElasticsearchClient client;
    private final String alias;

    public KnowledgeIndex(ElasticsearchClient client, String prefix) {
        this.client = client;
        this.alias = prefix + "-kb";
    }

    public String alias() {
        return alias;
    }

    /** A new concrete index name (the alias points at one of these). */
    public String newIndexName() {
        return alias + "-" + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS"));
    }

    /** True when the alias exists. */
    public boolean exists() {
        try {
            return client.indices().existsAlias(e -> e.name(alias)).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void create(String index) {
        try {
            client.indices().create(c -> c.index(index)
                    .settings(s -> s.numberOfShards("1").autoExpandReplicas("0-1").refreshInterval(t -> t.time("1s")))
                    .mappings(mappings()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the alias at the index (and at nothing else); returns the indices it pointed at before. */
    public List<String> switchTo(String index) {
        try {
            // everything written so far becomes searchable before the portal reads the index
            client.indices().refresh(r -> r.index(index));
            List<String> previous = exists()
                    ? new ArrayList<>(client.indices().getAlias(g -> g.name(alias)).aliases().keySet())
                    : List.of();
            client.indices().updateAliases(u -> {
                previous.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
                return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
            });
            return previous;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String index) {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TypeMapping mappings() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("type", p -> p.keyword(k -> k))
                .properties("documentId", p -> p.long_(l -> l))
                .properties("slug", p -> p.keyword(k -> k))
                .properties("path", p -> p.keyword(k -> k))
                .properties("versionLabel", p -> p.keyword(k -> k))
                .properties("current", p -> p.boolean_(b -> b))
                .properties("anchor", p -> p.keyword(k -> k))
                .properties("article", p -> p.integer(i -> i))
                .properties("label", p -> p.keyword(k -> k))
                .properties("heading", p -> p.text(t -> t.analyzer(CHARACTERS)))
                .properties("title", p -> p.text(t -> t.analyzer(CHARACTERS)))
                .properties("titleWords", p -> p.text(t -> t.analyzer(WORDS)))
                .properties("names", p -> p.text(t -> t.analyzer(CHARACTERS)))
                .properties("text", p -> p.text(t -> t.analyzer(CHARACTERS)))
                .properties("textWords", p -> p.text(t -> t.analyzer(WORDS)))
                .properties("kind", p -> p.keyword(k -> k))
                .properties("kindRank", p -> p.integer(i -> i))
                .properties("status", p -> p.keyword(k -> k))
                .properties("region", p -> p.keyword(k -> k))
                .properties("locality", p -> p.keyword(k -> k))
                .properties("year", p -> p.integer(i -> i))
                .properties("industries", p -> p.keyword(k -> k))
                .properties("issuingBody", p -> p.keyword(k -> k))
                .properties("publishedOn", p -> p.date(d -> d))
                .properties("effectiveOn", p -> p.date(d -> d))
                .properties("suggest", p -> p.completion(c -> c.analyzer("simple")))
                .properties("readAt", p -> p.long_(l -> l)));
    }

    /**
     * Writes the entries of one source (a document, an interpretation …) and removes its entries from older reads
     * (articles that are gone). The server has no delete-by-query, so the stale ids are looked up and deleted with
     * the same external version: a delete never removes an entry written by a later read.
     */
    public void replace(String index, String sourceField, long sourceId, List<IndexEntry> entries, long readAt,
                        boolean refresh) {
        write(index, entries, readAt, false);
        try {
            client.indices().refresh(r -> r.index(index));
            SearchResponse<Void> stale = client.search(s -> s.index(index).size(10_000).source(src -> src.fetch(false))
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.term(t -> t.field(sourceField).value(sourceId)))
                            .filter(f -> f.range(r -> r.number(n -> n.field("readAt").lt((double) readAt)))))),
                    Void.class);
            BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
            if (refresh) {
                bulk.refresh(Refresh.WaitFor);
            }
            boolean any = false;
            for (Hit<Void> hit : stale.hits().hits()) {
                bulk.operations(op -> op.delete(d -> d.index(hit.index()).id(hit.id()).version(readAt)
                        .versionType(VersionType.External)));
                any = true;
            }
            if (any) {
                BulkResponse response = client.bulk(bulk.build());
                check(response);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(BulkResponse response) {
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && !"version_conflict_engine_exception".equals(item.error().type())) {
                    throw new IllegalStateException("Indexing failed: " + item.error().reason());
                }
            }
        }
    }

    /** Bulk write; an entry that the index already has from a later read is left as it is. */
    public void write(String index, List<IndexEntry> entries, long readAt, boolean refresh) {
        if (entries.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        if (refresh) {
            bulk.refresh(Refresh.WaitFor);
        }
        for (IndexEntry entry : entries) {
            bulk.operations(op -> op.index(i -> i.id(idOf(entry)).version(readAt).versionType(VersionType.External)
                    .document(entry)));
        }
        try {
            check(client.bulk(bulk.build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String idOf(IndexEntry entry) {
        return switch (entry.type()) {
            case ARTICLE -> "a-" + entry.documentId() + "-" + entry.versionLabel() + "-" + entry.anchor();
            case DOCUMENT -> "d-" + entry.documentId();
            default -> entry.anchor();
        };
    }

    /** Removes one entry (an unpublished commentary) unless a later read wrote it again. */
    public void remove(String index, String id, long readAt) {
        try {
            client.delete(d -> d.index(index).id(id).version(readAt).versionType(VersionType.External));
        } catch (ElasticsearchException e) {
            if (e.status() != 404 && e.status() != 409) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cited article(s): current version first, then older ones when asked for. */
    public List<FoundEntry> cited(Collection<Long> documents, int article, int sub, boolean includeOld) {
        String anchor = "art-" + article + (sub > 0 ? "-" + sub : "");
        List<FieldValue> ids = documents.stream().map(FieldValue::of).toList();
        SearchResponse<IndexEntry> response = run(SearchRequest.of(s -> s.index(alias).size(10)
                .query(q -> q.bool(b -> {
                    b.filter(f -> f.terms(t -> t.field("documentId").terms(v -> v.value(ids))))
                            .filter(f -> f.term(t -> t.field("anchor").value(anchor)))
                            .filter(f -> f.term(t -> t.field("type").value(ARTICLE)));
                    if (!includeOld) {
                        b.filter(f -> f.term(t -> t.field("current").value(true)));
                    }
                    return b;
                }))
                .sort(so -> so.field(f -> f.field("current").order(SortOrder.Desc)))
                .sort(so -> so.field(f -> f.field("kindRank").order(SortOrder.Asc)))));
        return response.hits().hits().stream().map(hit -> new FoundEntry(hit.source(), 100, null)).toList();
    }

    /** The opening articles of named documents, in order (a title look-up). */
    public List<FoundEntry> opening(Collection<Long> documents, int size) {
        List<FieldValue> ids = documents.stream().map(FieldValue::of).toList();
        SearchResponse<IndexEntry> response = run(SearchRequest.of(s -> s.index(alias).size(size)
                .query(q -> q.bool(b -> b
                        .filter(f -> f.terms(t -> t.field("documentId").terms(v -> v.value(ids))))
                        .filter(f -> f.bool(any -> any
                                .should(s2 -> s2.term(t -> t.field("type").value(ARTICLE)))
                                .should(s2 -> s2.bool(card -> card.filter(c -> c.term(t -> t.field("type").value(DOCUMENT)))
                                        .mustNot(m -> m.exists(e -> e.field("versionLabel")))))
                                .minimumShouldMatch("1")))
                        .filter(f -> f.term(t -> t.field("current").value(true)))))
                .sort(so -> so.field(f -> f.field("kindRank").order(SortOrder.Asc)))
                .sort(so -> so.field(f -> f.field("documentId").order(SortOrder.Asc)))
                .sort(so -> so.field(f -> f.field("article").order(SortOrder.Asc)))));
        return response.hits().hits().stream().map(hit -> new FoundEntry(hit.source(), 50, null)).toList();
    }

    private static final List<String> SEARCH_ONLY_FIELDS = List.of("text", "textWords", "titleWords", "names");

    /** The ranked search with facets and highlighting. */
    public IndexAnswer search(QueryPlan plan, SearchFilters filters, int size) {
        Query match = matchQuery(plan);
        Query ranked = Query.of(q -> q.functionScore(fs -> fs.query(match)
                .functions(rankFunctions(plan))
                .scoreMode(FunctionScoreMode.Multiply)
                .boostMode(FunctionBoostMode.Multiply)));
        Query filtered = Query.of(q -> q.bool(b -> {
            b.must(ranked);
            filters(b, filters);
            return b;
        }));
        Query highlight = Query.of(q -> q.bool(b -> {
            for (String word : concat(plan.words(), plan.expansions())) {
                b.should(s -> s.matchPhrase(mp -> mp.field("text").query(word)));
            }
            return b;
        }));
        SearchRequest.Builder request = new SearchRequest.Builder().index(alias).size(size).trackTotalHits(t -> t.enabled(true))
                .query(filtered)
                // the fragment stands in for the text, and the word fields only serve matching: reading them back
                // was a good part of the portal's work per search
                .source(src -> src.filter(f -> f.excludes(SEARCH_ONLY_FIELDS)))
                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .highlightQuery(highlight)
                        .fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(120).numberOfFragments(1)
                                .noMatchSize(120)))));
        for (String facet : FACETS) {
            request.aggregations(facet, a -> a.terms(t -> t.field(facet).size(40))
                    .aggregations("documents", d -> d.cardinality(c -> c.field("documentId"))));
        }
        request.aggregations("year", a -> a.terms(t -> t.field("year").size(80))
                .aggregations("documents", d -> d.cardinality(c -> c.field("documentId"))));
        SearchResponse<IndexEntry> response = run(request.build());
        List<FoundEntry> hits = new ArrayList<>();
        for (Hit<IndexEntry> hit : response.hits().hits()) {
            List<String> fragments = hit.highlight().getOrDefault("text", List.of());
            hits.add(new FoundEntry(hit.source(), hit.score() == null ? 0 : hit.score(),
                    fragments.isEmpty() ? null : fragments.get(0).replace("</mark><mark>", "")));
        }
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        // types count their hits (a science article is not a document); the other facets count documents
        response.aggregations().forEach((name, aggregate) -> facets.put(name, facet(aggregate, "type".equals(name))));
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new IndexAnswer(hits, total, facets);
    }

    private static List<Facet> facet(Aggregate aggregate, boolean countHits) {
        List<Facet> values = new ArrayList<>();
        if (aggregate.isSterms()) {
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                values.add(new Facet(bucket.key().stringValue(), countHits ? bucket.docCount()
                        : bucket.aggregations().get("documents").cardinality().value()));
            }
        } else if (aggregate.isLterms()) {
            for (LongTermsBucket bucket : aggregate.lterms().buckets().array()) {
                values.add(new Facet(Long.toString(bucket.key()),
                        bucket.aggregations().get("documents").cardinality().value()));
            }
        }
        return values;
    }

    private static Query matchQuery(QueryPlan plan) {
        return Query.of(q -> q.bool(b -> {
            List<String> words = plan.words();
            if (!words.isEmpty()) {
                String joined = String.join(" ", words);
                int required = words.size() <= 2 ? words.size() : (int) Math.ceil(words.size() * 0.5);
                b.should(s -> s.match(m -> m.field("textWords").query(joined).operator(Operator.Or)
                        .minimumShouldMatch(Integer.toString(required)).boost(3f)));
                b.should(s -> s.match(m -> m.field("textWords").query(joined).operator(Operator.Or).boost(1f)));
                b.should(s -> s.match(m -> m.field("titleWords").query(joined).boost(1.5f)));
                b.should(s -> s.match(m -> m.field("heading").query(joined).boost(0.5f)));
                b.should(s -> s.match(m -> m.field("names").query(plan.text()).operator(Operator.And).boost(3f)));
                for (String word : words) {
                    if (word.length() >= 2) {
                        b.should(s -> s.matchPhrase(mp -> mp.field("text").query(word).boost(1f)));
                    }
                }
            }
            if (!plan.expansions().isEmpty()) {
                String joined = String.join(" ", plan.expansions());
                b.should(s -> s.match(m -> m.field("textWords").query(joined).boost(0.8f)));
                for (String word : plan.expansions()) {
                    b.should(s -> s.matchPhrase(mp -> mp.field("text").query(word).boost(0.4f)));
                }
            }
            if (!plan.named().isEmpty()) {
                List<FieldValue> ids = plan.named().stream().map(FieldValue::of).toList();
                b.should(s -> s.terms(t -> t.field("documentId").terms(v -> v.value(ids)).boost(words.isEmpty() ? 1f : 8f)));
            }
            return b.minimumShouldMatch("1");
        }));
    }

    private static List<FunctionScore> rankFunctions(QueryPlan plan) {
        List<FunctionScore> functions = new ArrayList<>();
        functions.add(weight(Query.of(q -> q.term(t -> t.field("kind").value("LAW"))), 1.25));
        functions.add(weight(Query.of(q -> q.term(t -> t.field("kind").value("ADMINISTRATIVE_REGULATION"))), 1.15));
        if (plan.places().isEmpty()) {
            // no place named: a national question, so local restatements come after the national rule
            functions.add(weight(Query.of(q -> q.exists(e -> e.field("locality"))), 0.35));
        } else {
            List<FieldValue> places = plan.places().stream().map(FieldValue::of).toList();
            functions.add(weight(Query.of(q -> q.bool(b -> b
                    .should(s -> s.terms(t -> t.field("locality").terms(v -> v.value(places))))
                    .should(s -> s.terms(t -> t.field("region").terms(v -> v.value(places)))))), 2.5));
            functions.add(weight(Query.of(q -> q.bool(b -> b.must(m -> m.exists(e -> e.field("locality")))
                    .mustNot(s -> s.terms(t -> t.field("locality").terms(v -> v.value(places))))
                    .mustNot(s -> s.terms(t -> t.field("region").terms(v -> v.value(places)))))), 0.3));
        }
        if (!plan.named().isEmpty() && plan.hasWords()) {
            List<FieldValue> ids = plan.named().stream().map(FieldValue::of).toList();
            functions.add(weight(Query.of(q -> q.terms(t -> t.field("documentId").terms(v -> v.value(ids)))), 3));
        }
        return functions;
    }

    private static FunctionScore weight(Query filter, double weight) {
        return FunctionScore.of(f -> f.filter(filter).weight(weight));
    }

    private static void filters(BoolQuery.Builder b, SearchFilters filters) {
        if (filters.types().isEmpty()) {
            // articles, and the title cards of catalogue entries that have no text yet
            b.filter(f -> f.bool(any -> any
                    .should(s -> s.bool(other -> other.mustNot(m -> m.term(t -> t.field("type").value(DOCUMENT)))))
                    .should(s -> s.bool(card -> card.filter(c -> c.term(t -> t.field("type").value(DOCUMENT)))
                            .mustNot(m -> m.exists(e -> e.field("versionLabel")))))
                    .minimumShouldMatch("1")));
        } else {
            b.filter(f -> f.terms(t -> t.field("type").terms(v -> v.value(values(filters.types())))));
        }
        if (!filters.includeOld()) {
            b.filter(f -> f.term(t -> t.field("current").value(true)));
            if (filters.statuses().isEmpty()) {
                // texts no longer in force only when asked for; commentary has no status and always counts
                b.mustNot(m -> m.terms(t -> t.field("status").terms(v -> v.value(values(
                        List.of("AMENDED", "REPEALED"))))));
            }
        }
        terms(b, "kind", filters.kinds());
        terms(b, "status", filters.statuses());
        terms(b, "region", filters.regions());
        terms(b, "industries", filters.industries());
        terms(b, "issuingBody", filters.issuers());
        if (filters.yearFrom() != null || filters.yearTo() != null) {
            b.filter(f -> f.range(r -> r.number(n -> {
                n.field("year");
                if (filters.yearFrom() != null) {
                    n.gte((double) filters.yearFrom());
                }
                if (filters.yearTo() != null) {
                    n.lte((double) filters.yearTo());
                }
                return n;
            })));
        }
    }

    private static void terms(BoolQuery.Builder b, String field, Set<String> values) {
        if (!values.isEmpty()) {
            b.filter(f -> f.terms(t -> t.field(field).terms(v -> v.value(values(values)))));
        }
    }

    private static List<FieldValue> values(Collection<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** Names that start with the prefix (characters or pinyin), for suggestions as one types. */
    public List<String> suggest(String prefix, int size) {
        SearchResponse<IndexEntry> response = run(SearchRequest.of(s -> s.index(alias)
                .suggest(sg -> sg.suggesters("names", fs -> fs.prefix(prefix)
                        .completion(c -> c.field("suggest").size(size).skipDuplicates(true))))));
        List<String> found = new ArrayList<>();
        response.suggest().getOrDefault("names", List.of()).forEach(suggestion -> {
            for (CompletionSuggestOption<IndexEntry> option : suggestion.completion().options()) {
                // typed in pinyin: show the document's title rather than the letters that matched
                String text = option.text().chars().allMatch(c -> c < 128) && option.source() != null
                        ? option.source().title() : option.text();
                if (!found.contains(text)) {
                    found.add(text);
                }
            }
        });
        return found;
    }

    private SearchResponse<IndexEntry> run(SearchRequest request) {
        try {
            return client.search(request, IndexEntry.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ElasticsearchException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
