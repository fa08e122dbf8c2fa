package org.anquan.systemtests;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** REST journeys against the deployed EAR: what an API client sees, errors included. */
@SystemTest
class ApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    @Test
    void readinessReportsDatabaseAndSearchSeparately() {
        HttpResponse<String> response = Http.get("health/ready");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = Http.object(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(checks(health)).contains("database:UP", "search:UP");
    }

    static List<String> checks(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(check -> check.getString("name") + ":" + check.getString("status"))
                .toList();
    }

    @Test
    void listsTheDemoCatalogueLawsFirst() {
        HttpResponse<String> response = Http.get("api/v1/documents?limit=50");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject page = Http.object(response);
        // eight demo entries, and the statutes other tests import meanwhile
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(8);
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSizeGreaterThanOrEqualTo(8);
        assertThat(items.get(0).getString("kind")).isEqualTo("LAW");
        assertThat(items).extracting(item -> item.getString("title")).contains("中华人民共和国安全生产法");
    }

    @Test
    void findsADocumentThroughElasticsearch() {
        HttpResponse<String> response = Http.get("api/v1/documents/search?q=" + Http.encode("疏散通道"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject result = Http.object(response);
        assertThat(result.getBoolean("degraded")).isFalse();
        JsonObject fire = result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .filter(hit -> hit.getString("slug").equals("fire-protection-law")).findFirst().orElseThrow();
        assertThat(fire.getString("fragment")).contains("<mark>疏散通道</mark>");
    }

    @Test
    void searchesWithAJsonBody() {
        HttpResponse<String> response = Http.post("api/v1/documents/search", "application/json",
                "{\"q\": \"GB 30871\", \"limit\": 3}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonArray hits = Http.object(response).getJsonArray("hits");
        assertThat(hits.getJsonObject(0).getString("title")).isEqualTo("危险化学品企业特殊作业安全规范");
    }

    @Test
    void readsOneDocumentBySlug() {
        JsonObject document = Http.object(Http.get("api/v1/documents/work-safety-law"));
        assertThat(document.getString("shortTitle")).isEqualTo("安全生产法");
        assertThat(document.getString("effectiveOn")).isEqualTo("2021-09-01");
    }

    @Test
    void listsOnlyActiveExamCentres() {
        List<JsonObject> centres = Http.array(Http.get("api/v1/exam-centres")).getValuesAs(JsonObject.class);
        assertThat(centres).extracting(centre -> centre.getString("code"))
                .contains("KD-TY-01", "KD-DT-01").doesNotContain("KD-JC-01");
    }

    @Test
    void listsOnlyPublishedTrainingBases() {
        List<JsonObject> bases = Http.array(Http.get("api/v1/training-bases")).getValuesAs(JsonObject.class);
        assertThat(bases).extracting(base -> base.getString("code"))
                .contains("JD-TY-01", "TY-TY-01").doesNotContain("TY-JZ-01");
        assertThat(bases.get(0).getString("kind")).isEqualTo("DRILL");
    }

    @Test
    void unknownPathIsAProblemNotAPage() {
        HttpResponse<String> response = Http.get("api/v1/no-such-thing");
        assertProblem(response, 404, "urn:anquan:problem:not-found");
    }

    @Test
    void unknownDocumentNamesWhatWasMissingInTheCallersLanguage() {
        HttpResponse<String> response = Http.get("api/v1/documents/no-such-law", "Accept-Language", "en");
        JsonObject problem = assertProblem(response, 404, "urn:anquan:problem:not-found");
        assertThat(problem.getString("title")).isEqualTo("Resource not found");
        assertThat(problem.getString("detail")).isEqualTo("No such document: no-such-law");
    }

    @Test
    void malformedBodyIsABadRequestProblem() {
        HttpResponse<String> response = Http.post("api/v1/documents/search", "application/json", "{\"q\": ");
        assertProblem(response, 400, "urn:anquan:problem:malformed-request");
    }

    @Test
    void invalidParametersAreNamed() {
        JsonObject body = assertProblem(Http.post("api/v1/documents/search", "application/json",
                "{\"q\": \"  \", \"limit\": 1000}"), 400, "urn:anquan:problem:validation");
        assertThat(body.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field")).containsExactly("limit", "q");

        JsonObject query = assertProblem(Http.get("api/v1/documents?limit=abc"), 400, "urn:anquan:problem:validation");
        assertThat(query.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("limit");
    }

    @Test
    void wrongMethodIsAProblemWithTheAllowedMethods() {
        HttpResponse<String> response = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri("api/v1/documents"))
                .DELETE());
        assertProblem(response, 405, "urn:anquan:problem:method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        HttpResponse<String> response = Http.get("openapi", "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject paths = Http.object(response).getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/v1/documents", "/api/v1/documents/search",
                "/api/v1/exam-centres", "/api/v1/training-bases");
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonObject problem = Http.object(response);
        assertThat(problem.getString("type")).isEqualTo(type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.get("title")).isNotEqualTo(JsonValue.NULL);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.");
        return problem;
    }
}
