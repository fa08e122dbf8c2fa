package org.anquan.knowledge.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.util.Timeout;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** Builds the Elasticsearch client for one node or a comma-separated list of nodes. */
public final class SearchClients {

    private SearchClients() {
    }

    public static ElasticsearchClient connect(String addresses) {
        List<URI> nodes = Arrays.stream(addresses.split(","))
                .map(String::trim)
                .filter(address -> !address.isEmpty())
                .map(URI::create)
                .toList();
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("No Elasticsearch address configured");
        }
        // short timeouts: a search that cannot answer quickly should fall back rather than hold a request thread
        Rest5Client rest = Rest5Client.builder(nodes)
                .setRequestConfigCallback(config -> config
                        .setConnectionRequestTimeout(Timeout.ofSeconds(2))
                        .setResponseTimeout(Timeout.ofSeconds(10)))
                .setConnectionConfigCallback(config -> config.setConnectTimeout(Timeout.ofSeconds(2)))
                .build();
        return new ElasticsearchClient(new Rest5ClientTransport(rest, new JacksonJsonpMapper()));
    }
}
