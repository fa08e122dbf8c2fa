package org.anquan.systemtests;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Practice through the API without signing in: papers that carry no answer, feedback on wrong and right answers, and
 * exam questions that practice does not know (so the exam bank cannot be harvested).
 */
@SystemTest
class PracticeIT {

    private static final long SUBJECT = 1L;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    @Test
    void theDemoSubjectIsOfferedWithItsPracticePool() {
        HttpResponse<String> response = Http.get("api/v1/practice/subjects", "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject offered = Http.array(response).getValuesAs(JsonObject.class).stream()
                .filter(subject -> subject.getJsonNumber("id").longValue() == SUBJECT).findFirst().orElseThrow();
        assertThat(offered.getJsonNumber("count").longValue()).isEqualTo(30);
        assertThat(offered.getString("name")).isNotBlank();
    }

    @Test
    void aPaperCarriesNoAnswerAndNothingOfTheExamBank() {
        HttpResponse<String> response = paper(10);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonObject> questions = Http.object(response).getJsonArray("questions").getValuesAs(JsonObject.class);
        assertThat(questions).hasSize(10);
        assertThat(questions).allSatisfy(question ->
                assertThat(question.keySet()).containsExactlyInAnyOrder("versionId", "type", "stem", "options"));
        assertThat(questions).extracting(question -> question.getString("type"))
                .contains("JUDGEMENT", "SINGLE_CHOICE", "MULTIPLE_CHOICE");

        Map<Long, Boolean> practiceFlags = new HashMap<>();
        List<String> secrets = new ArrayList<>();
        for (JsonObject question : questions) {
            long versionId = question.getJsonNumber("versionId").longValue();
            Version stored = version(versionId);
            practiceFlags.put(versionId, stored.practice());
            secrets.add(stored.explanation());
            secrets.add(stored.legalBasis());
        }
        assertThat(practiceFlags.values()).as("every question is from the practice pool").containsOnly(true);
        assertThat(secrets).allSatisfy(secret -> assertThat(response.body()).doesNotContain(secret));
    }

    @Test
    void aWrongAnswerShowsTheCorrectOptionsAndSendingThoseIsRight() {
        List<JsonObject> questions = Http.object(paper(10)).getJsonArray("questions").getValuesAs(JsonObject.class);
        for (String type : List.of("JUDGEMENT", "SINGLE_CHOICE", "MULTIPLE_CHOICE")) {
            JsonObject question = questions.stream().filter(q -> type.equals(q.getString("type"))).findFirst()
                    .orElseThrow();
            long versionId = question.getJsonNumber("versionId").longValue();
            int options = question.getJsonArray("options").size();

            JsonObject unanswered = answer(versionId, List.of(), 200);
            assertThat(unanswered.getBoolean("correct")).as("no answer is wrong").isFalse();
            List<Integer> correct = indexes(unanswered.getJsonArray("correctOptions"));
            assertThat(correct).isNotEmpty().allMatch(index -> index >= 0 && index < options);

            int wrongOption = IntStream.range(0, options).filter(index -> !correct.contains(index)).findFirst()
                    .orElseThrow();
            JsonObject wrong = answer(versionId, List.of(wrongOption), 200);
            assertThat(wrong.getBoolean("correct")).as(type + ": option " + wrongOption).isFalse();
            assertThat(indexes(wrong.getJsonArray("correctOptions"))).isEqualTo(correct);
            assertThat(wrong.getString("explanation")).isNotBlank();
            assertThat(wrong.getString("legalBasis")).matches("[a-z-]+#art-\\d+");

            JsonObject right = answer(versionId, correct, 200);
            assertThat(right.getBoolean("correct")).as(type + ": " + correct).isTrue();
            assertThat(right.getString("explanation")).isEqualTo(wrong.getString("explanation"));

            if ("MULTIPLE_CHOICE".equals(type)) {
                assertThat(answer(versionId, correct.subList(0, 1), 200).getBoolean("correct"))
                        .as("part of the correct options is wrong: all or nothing").isFalse();
            }
        }
    }

    @Test
    void anExamQuestionIsUnknownToPractice() {
        long examVersion = examVersionId();
        HttpResponse<String> response = Exams.send(null, "POST", "api/v1/practice/answers",
                "{\"versionId\":" + examVersion + ",\"chosen\":[0]}");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Version stored = version(examVersion);
        assertThat(stored.practice()).isFalse();
        assertThat(response.body()).doesNotContain(stored.explanation()).doesNotContain("correctOptions");
    }

    @Test
    void impossibleRequestsAreProblems() {
        assertThat(paper(4).statusCode()).isEqualTo(422);
        assertThat(paper(21).statusCode()).isEqualTo(422);
        assertThat(Http.get("api/v1/practice/subjects/2/paper?count=5").statusCode())
                .as("a subject without practice pool").isEqualTo(404);
        assertThat(Http.get("api/v1/practice/subjects/999999/paper").statusCode()).isEqualTo(404);
        long versionId = Http.object(paper(5)).getJsonArray("questions").getJsonObject(0)
                .getJsonNumber("versionId").longValue();
        assertThat(Exams.send(null, "POST", "api/v1/practice/answers",
                "{\"versionId\":" + versionId + ",\"chosen\":[9]}").statusCode()).isEqualTo(422);
        assertThat(Exams.send(null, "POST", "api/v1/practice/answers", "{\"chosen\":[0]}").statusCode())
                .isEqualTo(400);
    }

    private static HttpResponse<String> paper(int count) {
        return Http.get("api/v1/practice/subjects/" + SUBJECT + "/paper?count=" + count, "Accept", "application/json");
    }

    private static JsonObject answer(long versionId, List<Integer> chosen, int status) {
        HttpResponse<String> response = Exams.send(null, "POST", "api/v1/practice/answers",
                "{\"versionId\":" + versionId + ",\"chosen\":" + chosen + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Http.object(response);
    }

    private static List<Integer> indexes(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream().map(value -> ((JsonNumber) value).intValue())
                .collect(Collectors.toList());
    }

    record Version(boolean practice, String explanation, String legalBasis) {
    }

    private static Version version(long versionId) {
        try (Connection db = Exams.database();
             PreparedStatement query = db.prepareStatement("SELECT i.practice, v.explanation, v.legal_basis "
                     + "FROM exam_item_version v JOIN exam_item i ON i.id = v.item_id WHERE v.id = ?")) {
            query.setLong(1, versionId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("version %d", versionId).isTrue();
                return new Version(row.getBoolean(1), row.getString(2), row.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A version of an exam question of the demo subject (one on papers if any paper was drawn yet). */
    private static long examVersionId() {
        try (Connection db = Exams.database();
             PreparedStatement query = db.prepareStatement("SELECT v.id FROM exam_item_version v "
                     + "JOIN exam_item i ON i.id = v.item_id WHERE i.practice = FALSE AND i.subject_id = ? "
                     + "ORDER BY EXISTS (SELECT 1 FROM exam_attempt_question q WHERE q.item_version_id = v.id) DESC, "
                     + "v.id LIMIT 1")) {
            query.setLong(1, SUBJECT);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
