package org.anquan.knowledge.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents index: explicit mappings, bulk indexing and the query. Chinese text is analysed by the core
 * {@code standard} analyser (one token per character), so phrase queries give precise hits without plugins.
 */
public class DocumentIndex {

    static final String CHINESE = "standard";

    private final ElasticsearchClient client;
    private final String name;

    public DocumentIndex(ElasticsearchClient client, String name) {
        this.client = client;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Creates the index with its mappings unless it exists; true when this call created it. */
    public boolean createIfMissing() {
        try {
            if (client.indices().exists(e -> e.index(name)).value()) {
                return false;
            }
            client.indices().create(c -> c.index(name)
                    .settings(s -> s.numberOfShards("1").autoExpandReplicas("0-1"))
                    .mappings(mappings()));
            return true;
        } catch (ElasticsearchException e) {
            if ("resource_already_exists_exception".equals(e.error().type())) {
                return false; // another instance created it meanwhile
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TypeMapping mappings() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("id", p -> p.long_(l -> l))
                .properties("slug", p -> p.keyword(k -> k))
                .properties("title", p -> p.text(t -> t.analyzer(CHINESE)
                        .fields("raw", f -> f.keyword(k -> k.ignoreAbove(512)))))
                .properties("shortTitle", p -> p.text(t -> t.analyzer(CHINESE)))
                .properties("docNumber", p -> p.text(t -> t.analyzer(CHINESE)))
                .properties("kind", p -> p.keyword(k -> k))
                .properties("status", p -> p.keyword(k -> k))
                .properties("issuingBody", p -> p.text(t -> t.analyzer(CHINESE)))
                .properties("publishedOn", p -> p.date(d -> d))
                .properties("effectiveOn", p -> p.date(d -> d))
                .properties("summary", p -> p.text(t -> t.analyzer(CHINESE))));
    }

    public void index(List<IndexedDocument> documents, boolean refresh) {
        if (documents.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(name);
        if (refresh) {
            bulk.refresh(Refresh.WaitFor);
        }
        for (IndexedDocument document : documents) {
            bulk.operations(op -> op.index(i -> i.id(Long.toString(document.id())).document(document)));
        }
        try {
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IllegalStateException("Indexing failed: " + response.items().stream()
                        .filter(item -> item.error() != null).findFirst()
                        .map(item -> item.error().reason()).orElse("unknown"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long count() {
        try {
            return client.count(c -> c.index(name)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<SearchHit> search(String text, int limit) {
        try {
            SearchResponse<Void> response = client.search(s -> s.index(name)
                    .size(limit)
                    .source(src -> src.fetch(false))
                    .query(q -> q.bool(b -> b
                            .should(sh -> sh.matchPhrase(mp -> mp.field("title").query(text).boost(8f)))
                            .should(sh -> sh.matchPhrase(mp -> mp.field("shortTitle").query(text).boost(8f)))
                            .should(sh -> sh.matchPhrase(mp -> mp.field("docNumber").query(text).boost(8f)))
                            .should(sh -> sh.matchPhrase(mp -> mp.field("summary").query(text).boost(3f)))
                            .should(sh -> sh.multiMatch(mm -> mm.query(text)
                                    .fields("title^3", "shortTitle^3", "docNumber^2", "issuingBody", "summary")
                                    .minimumShouldMatch("75%")))
                            .minimumShouldMatch("1")))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .fields(NamedValue.of("summary",
                                    HighlightField.of(f -> f.fragmentSize(90).numberOfFragments(1))))),
                    Void.class);
            List<SearchHit> hits = new ArrayList<>();
            for (Hit<Void> hit : response.hits().hits()) {
                List<String> fragments = hit.highlight().getOrDefault("summary", List.of());
                hits.add(new SearchHit(Long.parseLong(hit.id()), hit.score() == null ? 0 : hit.score(),
                        fragments.isEmpty() ? null : fragments.get(0)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete() {
        try {
            client.indices().delete(d -> d.index(name).ignoreUnavailable(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
