package org.anquan.systemtests;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Exam delivery through the API: what a running attempt shows, restarts, deadlines, terminals, certificates. */
@SystemTest
class ExamIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    /** A candidate who is checked in and has started: attempt id and lease. */
    private record Running(Exams.Candidate candidate, long sessionId, long registrationId, long attemptId,
                           String lease) {
        HttpResponse<String> call(String method, String path, String json) {
            return Exams.sendWith(candidate.token(), lease, method, "api/v1/attempts/" + attemptId + path, json);
        }
    }

    private static Running started(String name, long roomId) {
        Exams.Candidate candidate = Exams.candidate(name);
        long sessionId = Exams.session(roomId);
        long registrationId = Exams.register(candidate, sessionId).getJsonNumber("id").longValue();
        Exams.checkIn(registrationId);
        HttpResponse<String> early = Exams.send(candidate.token(), "POST",
                "api/v1/attempts/registrations/" + registrationId, null);
        assertThat(early.statusCode()).as("checked in, but the exam begins for everyone at its start time")
                .isEqualTo(422);
        Exams.begin(sessionId);
        HttpResponse<String> start = Exams.send(candidate.token(), "POST",
                "api/v1/attempts/registrations/" + registrationId, null);
        assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
        JsonObject attempt = Http.object(start);
        return new Running(candidate, sessionId, registrationId, attempt.getJsonNumber("attemptId").longValue(),
                attempt.getString("lease"));
    }

    @Test
    void nobodyIsCheckedInWithoutARegisteredPhoto() {
        Exams.Candidate candidate = Exams.candidate("冯无照");
        long sessionId = Exams.session(1);
        long registrationId = Exams.register(candidate, sessionId).getJsonNumber("id").longValue();
        // a photo lost after registering (an old record, a restore): the proctor has no face to compare with
        Exams.update("UPDATE platform_profile SET photo = NULL WHERE account_id = ?", candidate.accountId());
        HttpResponse<String> refused = Exams.send(Exams.token("proctor@demo.anquan"), "POST",
                "api/v1/proctoring/registrations/" + registrationId + "/check-in", null);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Http.object(refused).getString("title")).contains("没有登记照片");
    }

    @Test
    void nothingARunningAttemptSendsRevealsTheCorrectOptions() {
        Running running = started("李未揭", 1);
        StringBuilder everything = new StringBuilder();
        HttpResponse<String> state = running.call("GET", "", null);
        assertThat(state.statusCode()).isEqualTo(200);
        everything.append(state.body());
        int count = Http.object(state).getJsonArray("navigator").size();
        assertThat(count).isEqualTo(45);
        for (int number = 1; number <= count; number++) {
            HttpResponse<String> question = running.call("GET", "/questions/" + number, null);
            assertThat(question.statusCode()).isEqualTo(200);
            assertThat(Http.object(question).keySet()).as("fields of a delivered question")
                    .containsExactlyInAnyOrder("number", "count", "type", "points", "stem", "options", "chosen",
                            "flagged", "hasImage");
            everything.append(question.body());
            HttpResponse<String> saved = running.call("PUT", "/questions/" + number, "{\"chosen\":[0]}");
            assertThat(saved.statusCode()).isEqualTo(200);
            assertThat(Http.object(saved).keySet()).containsExactlyInAnyOrder("number", "chosen", "flagged", "savedAt");
            everything.append(saved.body());
        }
        HttpResponse<String> early = running.call("GET", "/result", null);
        assertThat(early.statusCode()).as("no result while running").isEqualTo(422);
        String sent = everything.toString();
        for (String secret : Exams.secretsOf(running.attemptId())) {
            assertThat(sent).as("explanations and legal bases stay on the server").doesNotContain(secret);
        }
        assertThat(sent).doesNotContain("correct").doesNotContain("explanation").doesNotContain("legalBasis");
        // submitted but not yet published: still no score, no review
        JsonObject submitted = Http.object(running.call("POST", "/submission", null));
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.containsKey("score") && !submitted.isNull("score")).isFalse();
        assertThat(submitted.getJsonArray("review")).isEmpty();
    }

    @Test
    void everyAnswerAcknowledgedBeforeAPayaraRestartIsThereAfterIt() {
        Running running = started("王重启", 1);
        JsonObject before = Http.object(running.call("GET", "", null));
        Map<Integer, JsonArray> acknowledged = new LinkedHashMap<>();
        for (int number = 1; number <= 20; number++) {
            String chosen = number % 3 == 0 ? "[0,1]" : "[" + (number % 2) + "]";
            HttpResponse<String> saved = running.call("PUT", "/questions/" + number,
                    "{\"chosen\":" + chosen + ",\"flagged\":" + (number % 5 == 0) + "}");
            if (saved.statusCode() == 422) { // a two-option question answered with two choices: refused, not saved
                continue;
            }
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            acknowledged.put(number, Http.object(saved).getJsonArray("chosen"));
        }
        assertThat(acknowledged).hasSizeGreaterThan(10);

        RunningStack.restartPayara();

        JsonObject after = Http.object(running.call("GET", "", null));
        assertThat(after.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(Instant.parse(after.getString("deadline"))).as("deadline unchanged")
                .isEqualTo(Instant.parse(before.getString("deadline")));
        acknowledged.forEach((number, chosen) -> {
            JsonObject question = Http.object(running.call("GET", "/questions/" + number, null));
            assertThat(question.getJsonArray("chosen")).as("question " + number).isEqualTo(chosen);
            assertThat(question.getBoolean("flagged")).isEqualTo(number % 5 == 0);
        });
        JsonObject resumed = Http.object(Exams.sendWith(running.candidate().token(), running.lease(), "POST",
                "api/v1/attempts/registrations/" + running.registrationId(), null));
        assertThat(resumed.getJsonNumber("attemptId").longValue()).isEqualTo(running.attemptId());
        assertThat(resumed.getBoolean("resumed")).isTrue();
    }

    @Test
    void theServerSubmitsAtTheDeadlineWhenNoBrowserIsThere() {
        Running running = started("赵到点", 2);
        assertThat(running.call("PUT", "/questions/1", "{\"chosen\":[1]}").statusCode()).isEqualTo(200);
        // the candidate's browser is gone; their time runs out
        Exams.update("UPDATE exam_attempt SET deadline_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?",
                running.attemptId());
        Statutes.await(Duration.ofSeconds(30), () -> running.call("GET", "/result", null).statusCode() == 200 ? true : null);
        JsonObject result = Http.object(running.call("GET", "/result", null));
        assertThat(result.getString("status")).isEqualTo("SUBMITTED");
        assertThat(result.getString("submittedBy")).isEqualTo("DEADLINE");
        HttpResponse<String> late = running.call("PUT", "/questions/2", "{\"chosen\":[0]}");
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(Http.object(late).getString("title")).contains("已交卷");
    }

    @Test
    void aSecondTerminalIsRefusedAndAuditedUntilTheProctorReleasesTheAttempt() {
        Running running = started("钱换机", 2);
        HttpResponse<String> second = Exams.send(running.candidate().token(), "POST",
                "api/v1/attempts/registrations/" + running.registrationId(), null);
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(Http.object(second).getString("title")).contains("另一台终端");
        JsonObject audit = Http.object(Exams.send(Exams.token("admin@demo.anquan"), "GET",
                "api/v1/admin/audit?action=exam.attempt.secondTerminal&actor=" + Http.encode(running.candidate().login()),
                null));
        assertThat(audit.getJsonNumber("total").longValue()).isEqualTo(1);

        HttpResponse<String> released = Exams.send(Exams.token("proctor@demo.anquan"), "POST",
                "api/v1/proctoring/attempts/" + running.attemptId() + "/terminal-release", null);
        assertThat(released.statusCode()).isEqualTo(204);
        JsonObject moved = Http.object(Exams.send(running.candidate().token(), "POST",
                "api/v1/attempts/registrations/" + running.registrationId(), null));
        assertThat(moved.getJsonNumber("attemptId").longValue()).isEqualTo(running.attemptId());
        assertThat(moved.getString("lease")).isNotEqualTo(running.lease());
        assertThat(running.call("PUT", "/questions/1", "{\"chosen\":[0]}").statusCode())
                .as("the old terminal lost the attempt").isEqualTo(422);
    }

    @Test
    void aPublishedPassIssuesACertificateThatAnyoneCanVerify() {
        Running running = started("孙合格", 2);
        List<Set<Integer>> correct = Exams.correctShown(running.attemptId());
        for (int number = 1; number <= correct.size(); number++) {
            String chosen = correct.get(number - 1).toString();
            assertThat(running.call("PUT", "/questions/" + number, "{\"chosen\":" + chosen + "}").statusCode())
                    .isEqualTo(200);
        }
        assertThat(running.call("POST", "/submission", null).statusCode()).isEqualTo(200);
        String admin = Exams.token("centre-admin@demo.anquan");
        HttpResponse<String> tooSoon = Exams.send(admin, "POST",
                "api/v1/exam-sessions/" + running.sessionId() + "/results", null);
        assertThat(tooSoon.statusCode()).as("every attempt ended, but the session is not over").isEqualTo(422);
        assertThat(Http.object(tooSoon).getString("title")).contains("结束后才能公布成绩");
        Exams.end(running.sessionId());
        HttpResponse<String> published = Exams.send(admin, "POST",
                "api/v1/exam-sessions/" + running.sessionId() + "/results", null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(Http.object(published).getInt("certificatesIssued")).isEqualTo(1);

        JsonObject result = Http.object(running.call("GET", "/result", null));
        assertThat(result.getInt("score")).isEqualTo(100);
        assertThat(result.getBoolean("passed")).isTrue();
        assertThat(result.getJsonArray("review")).hasSize(correct.size());
        JsonObject firstReviewed = result.getJsonArray("review").getJsonObject(0);
        assertThat(firstReviewed.getString("explanation")).isNotBlank();
        String number = result.getString("certificateNumber");

        JsonObject verified = Http.object(Http.get("api/v1/certificates/verification?number=" + number + "&name="
                + Http.encode("孙合格")));
        assertThat(verified.getString("validity")).isEqualTo("VALID");
        assertThat(verified.keySet()).doesNotContain("idNumberMasked", "accountId");
        assertThat(Http.get("api/v1/certificates/verification?number=" + number + "&name=" + Http.encode("孙不合"))
                .statusCode()).as("a wrong name learns nothing").isEqualTo(404);
        HttpResponse<String> pdf = Exams.download(running.candidate().token(), "api/v1/certificates/" + number + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(Exams.download(Exams.token("citizen@demo.anquan"), "api/v1/certificates/" + number + "/pdf")
                .statusCode()).as("someone else's certificate").isEqualTo(404);
        // a second registration for the subject is refused: the certificate is valid
        HttpResponse<String> again = Exams.send(running.candidate().token(), "POST",
                "api/v1/exam-sessions/" + Exams.session(1) + "/registrations", null);
        assertThat(again.statusCode()).isEqualTo(422);
    }
}
