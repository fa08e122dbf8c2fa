package org.anquan.knowledge.search.tool;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code ./anquan eval-search QUERIES.jsonl}: sends each query to the running portal's search API (the path the
 * search page uses) and prints a run for the relevance scorer: one line per query with the articles in rank order
 * ({@code path} as in the corpus's metadata.tsv, article numbers as integers) and the documents in order.
 */
public final class SearchEvaluation {

    private SearchEvaluation() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("Usage: ./anquan eval-search QUERIES.jsonl [> run.jsonl]");
            System.exit(2);
        }
        String base = System.getenv().getOrDefault("ANQUAN_PUBLIC_URL", "http://localhost:8080");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject query = Json.createReader(new StringReader(line)).readObject();
            // articles only: the relevance set judges articles (interpretations and answers would take places)
            URI uri = URI.create(base + "/api/v1/search?limit=10&type=ARTICLE&q="
                    + URLEncoder.encode(query.getString("query"), StandardCharsets.UTF_8));
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                System.err.println("The portal does not answer at " + base + " (" + e.getMessage()
                        + "). Start it with ./anquan run, or set ANQUAN_PUBLIC_URL.");
                System.exit(1);
                return;
            }
            if (response.statusCode() != 200) {
                System.err.println(query.getString("id") + ": HTTP " + response.statusCode() + " " + response.body());
                System.exit(1);
            }
            JsonObject page = Json.createReader(new StringReader(response.body())).readObject();
            JsonArrayBuilder results = Json.createArrayBuilder();
            Set<String> docs = new LinkedHashSet<>();
            for (JsonValue value : page.getJsonArray("hits")) {
                JsonObject hit = value.asJsonObject();
                if (hit.isNull("path") || hit.isNull("article")) {
                    continue;
                }
                results.add(Json.createObjectBuilder().add("path", hit.getString("path"))
                        .add("article", hit.getInt("article")));
                docs.add(hit.getString("path"));
            }
            JsonArrayBuilder docList = Json.createArrayBuilder();
            docs.forEach(docList::add);
            out.println(Json.createObjectBuilder().add("id", query.getString("id")).add("results", results)
                    .add("docs", docList).build());
        }
    }
}
