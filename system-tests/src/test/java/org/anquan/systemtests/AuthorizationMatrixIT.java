package org.anquan.systemtests;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST endpoint × every role (and anonymous) against a declared table of expectations. A new endpoint
 * without an entry fails {@link #everyEndpointHasAnEntry()}; an entry answered otherwise fails the matrix.
 */
@SystemTest
class AuthorizationMatrixIT {

    static final String ANONYMOUS = "anonymous";
    /** One demo account per role (README); CENTRE_ADMIN and PROCTOR belong to organisation 1, BASE_ADMIN to 3. */
    static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("CITIZEN", "citizen@demo.anquan");
        ACCOUNTS.put("EXPERT", "expert@demo.anquan");
        ACCOUNTS.put("EDITOR", "editor@demo.anquan");
        ACCOUNTS.put("EXAM_ADMIN", "exam-admin@demo.anquan");
        ACCOUNTS.put("CENTRE_ADMIN", "centre-admin@demo.anquan");
        ACCOUNTS.put("PROCTOR", "proctor@demo.anquan");
        ACCOUNTS.put("BASE_ADMIN", "base-admin@demo.anquan");
        ACCOUNTS.put("EVENT_ORGANISER", "organiser@demo.anquan");
        ACCOUNTS.put("INSTITUTION_ADMIN", "institution@demo.anquan");
        ACCOUNTS.put("SYSTEM_ADMIN", "admin@demo.anquan");
    }

    static final Set<String> EVERYONE = new TreeSet<>(List.of(ANONYMOUS, "CITIZEN", "EXPERT", "EDITOR", "EXAM_ADMIN",
            "CENTRE_ADMIN", "PROCTOR", "BASE_ADMIN", "EVENT_ORGANISER", "INSTITUTION_ADMIN", "SYSTEM_ADMIN"));
    static final Set<String> SIGNED_IN = without(EVERYONE, ANONYMOUS);

    /** An endpoint as OpenAPI names it, the request that exercises it, and who may use it. */
    record Entry(String method, String template, String path, String body, Set<String> allowed,
                 String contentType, byte[] binary, int success) {
        Entry(String method, String template, String path, String body, Set<String> allowed) {
            this(method, template, path, body, allowed, "application/json", null, 200);
        }
    }

    static final Set<String> INSTITUTIONS = Set.of("INSTITUTION_ADMIN");
    static final Set<String> BASE_STAFF = Set.of("BASE_ADMIN", "SYSTEM_ADMIN");
    static final Set<String> ORGANISERS = Set.of("EVENT_ORGANISER", "SYSTEM_ADMIN");
    private static final String JSON = "application/json";
    static final Set<String> KNOWLEDGE_EDITORS = Set.of("SYSTEM_ADMIN", "EDITOR");
    static final Set<String> CENTRE_ADMINISTRATORS = Set.of("CENTRE_ADMIN", "EXAM_ADMIN");
    /** Proctors and the administrators of centre 1 (demo session 1 is held there), and the exam administrators. */
    static final Set<String> CENTRE_STAFF = Set.of("PROCTOR", "CENTRE_ADMIN", "EXAM_ADMIN");
    private static final String NOBODY = "999999";
    /** A demo photo is not needed: these requests fail on what they carry, after the role check. */
    private static final byte[] NOT_A_PICTURE = "not a picture".getBytes(StandardCharsets.UTF_8);
    private static final String FIXTURE = "api/v1/documents/" + Statutes.FIXTURE_SLUG;

    static final List<Entry> MATRIX = List.of(
            new Entry("GET", "/api/v1/documents", "api/v1/documents", null, EVERYONE),
            new Entry("GET", "/api/v1/documents/{slug}", "api/v1/documents/work-safety-law", null, EVERYONE),
            new Entry("GET", "/api/v1/documents/search", "api/v1/documents/search?q=%E6%B6%88%E9%98%B2", null, EVERYONE),
            new Entry("POST", "/api/v1/documents/search", "api/v1/documents/search", "{\"q\":\"消防\"}", EVERYONE),
            new Entry("GET", "/api/v1/documents/{slug}/versions", FIXTURE + "/versions", null, EVERYONE),
            new Entry("GET", "/api/v1/documents/{slug}/versions/{label}", FIXTURE + "/versions/2024-06-01", null,
                    EVERYONE),
            new Entry("GET", "/api/v1/documents/{slug}/versions/{label}/articles/{anchor}",
                    FIXTURE + "/versions/2024-06-01/articles/art-3", null, EVERYONE),
            new Entry("GET", "/api/v1/documents/{slug}/in-force", FIXTURE + "/in-force?date=2025-01-01", null,
                    EVERYONE),
            new Entry("GET", "/api/v1/documents/{slug}/diff", FIXTURE + "/diff?from=2020-01-01&to=2024-06-01",
                    null, EVERYONE),
            new Entry("GET", "/api/v1/documents/{slug}/interpretations", "api/v1/documents/work-safety-law/interpretations",
                    null, EVERYONE),
            new Entry("GET", "/api/v1/documents/{slug}/questions", "api/v1/documents/work-safety-law/questions", null,
                    EVERYONE),
            new Entry("GET", "/api/v1/questions", "api/v1/questions", null, EVERYONE),
            new Entry("POST", "/api/v1/questions", "api/v1/questions",
                    "{\"title\":\"矩阵里的问题\",\"body\":\"每个角色各问一次。\"}", SIGNED_IN, "application/json", null, 201),
            new Entry("GET", "/api/v1/questions/{id}", "api/v1/questions/1", null, EVERYONE),
            new Entry("POST", "/api/v1/questions/{id}/helpful", "api/v1/questions/1/helpful", null, SIGNED_IN),
            new Entry("GET", "/api/v1/science", "api/v1/science?topic=FIRE_SAFETY", null, EVERYONE),
            new Entry("GET", "/api/v1/science/{slug}", "api/v1/science/home-gas-safety", null, EVERYONE),
            new Entry("GET", "/api/v1/search", "api/v1/search?q=%E5%8A%A8%E7%81%AB&kind=LAW", null, EVERYONE),
            new Entry("GET", "/api/v1/search/suggest", "api/v1/search/suggest?q=%E7%A4%BA%E4%BE%8B", null, EVERYONE),
            new Entry("GET", "/api/v1/admin/imports", "api/v1/admin/imports", null, KNOWLEDGE_EDITORS),
            new Entry("POST", "/api/v1/admin/imports", "api/v1/admin/imports?name=matrix.zip", null,
                    KNOWLEDGE_EDITORS, "application/zip", Statutes.zip(Statutes.FIXTURES), 202),
            new Entry("GET", "/api/v1/admin/imports/{id}", "api/v1/admin/imports/1", null, KNOWLEDGE_EDITORS),
            new Entry("GET", "/api/v1/admin/search-index", "api/v1/admin/search-index", null, KNOWLEDGE_EDITORS),
            new Entry("POST", "/api/v1/admin/search-index/rebuild", "api/v1/admin/search-index/rebuild", null,
                    KNOWLEDGE_EDITORS, "application/json", null, 202),
            new Entry("GET", "/api/v1/exam-centres", "api/v1/exam-centres", null, EVERYONE),
            new Entry("GET", "/api/v1/exam-sessions", "api/v1/exam-sessions", null, EVERYONE),
            new Entry("POST", "/api/v1/exam-sessions", "api/v1/exam-sessions",
                    "{\"subjectId\":1,\"roomId\":1,\"startsAt\":\"2030-06-01T01:00:00Z\"}", CENTRE_ADMINISTRATORS,
                    "application/json", null, 201),
            new Entry("GET", "/api/v1/exam-sessions/{id}", "api/v1/exam-sessions/1", null, EVERYONE),
            // demo accounts have no real-name profile, which registration needs
            new Entry("POST", "/api/v1/exam-sessions/{id}/registrations", "api/v1/exam-sessions/4/registrations",
                    null, SIGNED_IN, "application/json", null, 422),
            new Entry("POST", "/api/v1/exam-sessions/{id}/results", "api/v1/exam-sessions/" + NOBODY + "/results",
                    null, CENTRE_ADMINISTRATORS, "application/json", null, 404),
            // a trainee nobody has a profile for: refused line by line, after the role check
            new Entry("POST", "/api/v1/exam-sessions/{id}/batch-registrations",
                    "api/v1/exam-sessions/4/batch-registrations",
                    "{\"trainees\":[{\"realName\":\"矩阵学员\",\"idNumber\":\"11010519491231002X\"}]}",
                    INSTITUTIONS, "application/json", null, 422),
            new Entry("GET", "/api/v1/exam-sessions/institution-registrations",
                    "api/v1/exam-sessions/institution-registrations", null, INSTITUTIONS),
            new Entry("DELETE", "/api/v1/exam-sessions/institution-registrations/{id}",
                    "api/v1/exam-sessions/institution-registrations/" + NOBODY, null, INSTITUTIONS,
                    "application/json", null, 404),
            new Entry("GET", "/api/v1/exam-sessions/registrations", "api/v1/exam-sessions/registrations", null,
                    SIGNED_IN),
            new Entry("DELETE", "/api/v1/exam-sessions/registrations/{id}",
                    "api/v1/exam-sessions/registrations/" + NOBODY, null, SIGNED_IN, "application/json", null, 404),
            new Entry("GET", "/api/v1/exam-sessions/registrations/{id}/ticket",
                    "api/v1/exam-sessions/registrations/" + NOBODY + "/ticket", null, SIGNED_IN, "application/json",
                    null, 404),
            new Entry("POST", "/api/v1/attempts/registrations/{registration}", "api/v1/attempts/registrations/" + NOBODY,
                    null, SIGNED_IN, "application/json", null, 404),
            new Entry("GET", "/api/v1/attempts/{id}", "api/v1/attempts/" + NOBODY, null, SIGNED_IN,
                    "application/json", null, 404),
            new Entry("GET", "/api/v1/attempts/{id}/questions/{number}", "api/v1/attempts/" + NOBODY + "/questions/1",
                    null, SIGNED_IN, "application/json", null, 404),
            new Entry("PUT", "/api/v1/attempts/{id}/questions/{number}", "api/v1/attempts/" + NOBODY + "/questions/1",
                    "{\"chosen\":[0]}", SIGNED_IN, "application/json", null, 404),
            new Entry("POST", "/api/v1/attempts/{id}/submission", "api/v1/attempts/" + NOBODY + "/submission", null,
                    SIGNED_IN, "application/json", null, 404),
            new Entry("GET", "/api/v1/attempts/{id}/result", "api/v1/attempts/" + NOBODY + "/result", null,
                    SIGNED_IN, "application/json", null, 404),
            new Entry("GET", "/api/v1/proctoring/tickets/{ticket}", "api/v1/proctoring/tickets/ZK000000", null,
                    CENTRE_STAFF, "application/json", null, 404),
            new Entry("POST", "/api/v1/proctoring/registrations/{id}/check-in",
                    "api/v1/proctoring/registrations/" + NOBODY + "/check-in", null, CENTRE_STAFF, "application/json",
                    null, 404),
            new Entry("PUT", "/api/v1/proctoring/registrations/{id}/practical",
                    "api/v1/proctoring/registrations/" + NOBODY + "/practical", "{\"score\":85}", CENTRE_STAFF,
                    "application/json", null, 404),
            new Entry("GET", "/api/v1/proctoring/sessions/{id}", "api/v1/proctoring/sessions/1", null, CENTRE_STAFF),
            new Entry("POST", "/api/v1/proctoring/sessions/{id}/announcements",
                    "api/v1/proctoring/sessions/1/announcements", "{\"message\":\"请保持考场安静\"}", CENTRE_STAFF,
                    "application/json", null, 204),
            new Entry("POST", "/api/v1/proctoring/sessions/{id}/extra-time", "api/v1/proctoring/sessions/1/extra-time",
                    "{\"minutes\":5}", CENTRE_STAFF),
            new Entry("POST", "/api/v1/proctoring/sessions/{id}/pause", "api/v1/proctoring/sessions/" + NOBODY
                    + "/pause", null, CENTRE_STAFF, "application/json", null, 404),
            new Entry("POST", "/api/v1/proctoring/sessions/{id}/resume", "api/v1/proctoring/sessions/" + NOBODY
                    + "/resume", null, CENTRE_STAFF, "application/json", null, 404),
            new Entry("POST", "/api/v1/proctoring/attempts/{id}/submission", "api/v1/proctoring/attempts/" + NOBODY
                    + "/submission", null, CENTRE_STAFF, "application/json", null, 404),
            new Entry("POST", "/api/v1/proctoring/attempts/{id}/terminal-release", "api/v1/proctoring/attempts/"
                    + NOBODY + "/terminal-release", null, CENTRE_STAFF, "application/json", null, 404),
            new Entry("POST", "/api/v1/proctoring/attempts/{id}/irregularities", "api/v1/proctoring/attempts/"
                    + NOBODY + "/irregularities", "{\"kind\":\"WARNING\",\"note\":\"交头接耳\"}", CENTRE_STAFF,
                    "application/json", null, 404),
            new Entry("GET", "/api/v1/certificates", "api/v1/certificates", null, SIGNED_IN),
            new Entry("GET", "/api/v1/certificates/{number}", "api/v1/certificates/AQ000", null, SIGNED_IN,
                    "application/json", null, 404),
            new Entry("GET", "/api/v1/certificates/{number}/pdf", "api/v1/certificates/AQ000/pdf", null, SIGNED_IN,
                    "application/json", null, 404),
            // public, and a miss is a 404 for everyone
            new Entry("GET", "/api/v1/certificates/verification", "api/v1/certificates/verification?number=AQ000&name=%E5%BC%A0",
                    null, EVERYONE, "application/json", null, 404),
            // practice: anyone, signed in or not; 1001 is a version of the demo practice pool
            new Entry("GET", "/api/v1/practice/subjects", "api/v1/practice/subjects", null, EVERYONE),
            new Entry("GET", "/api/v1/practice/subjects/{id}/paper", "api/v1/practice/subjects/1/paper?count=5", null,
                    EVERYONE),
            new Entry("POST", "/api/v1/practice/answers", "api/v1/practice/answers",
                    "{\"versionId\":1001,\"chosen\":[0]}", EVERYONE),
            new Entry("GET", "/api/v1/me/profile", "api/v1/me/profile", null, SIGNED_IN, "application/json", null, 404),
            new Entry("PUT", "/api/v1/me/profile", "api/v1/me/profile",
                    "{\"realName\":\"矩阵\",\"idNumber\":\"110105198001010000\"}", SIGNED_IN, "application/json",
                    null, 422),
            new Entry("PUT", "/api/v1/me/photo", "api/v1/me/photo", null, SIGNED_IN, "image/png", NOT_A_PICTURE, 422),
            new Entry("GET", "/api/v1/training-bases", "api/v1/training-bases", null, EVERYONE),
            new Entry("GET", "/api/v1/training-bases/{id}", "api/v1/training-bases/1", null, EVERYONE),
            new Entry("GET", "/api/v1/training-bases/facilities/{id}/availability",
                    "api/v1/training-bases/facilities/1/availability?from=2030-01-07&to=2030-01-08", null, EVERYONE),
            new Entry("GET", "/api/v1/training-bases/{id}/bookings",
                    "api/v1/training-bases/1/bookings?from=2030-01-07&to=2030-01-08", null, BASE_STAFF),
            // a slot too far ahead: refused after the role check, nothing booked
            new Entry("POST", "/api/v1/bookings", "api/v1/bookings", "{\"facilityId\":1,\"startsAt\":"
                    + "\"2030-01-07T00:30:00Z\",\"headCount\":5,\"groupName\":\"矩阵\",\"purpose\":\"灭火\","
                    + "\"contactName\":\"甲\",\"contactPhone\":\"13800000000\"}", SIGNED_IN, JSON, null, 422),
            new Entry("GET", "/api/v1/bookings", "api/v1/bookings", null, SIGNED_IN),
            new Entry("GET", "/api/v1/bookings/{id}", "api/v1/bookings/" + NOBODY, null, SIGNED_IN, JSON, null, 404),
            new Entry("DELETE", "/api/v1/bookings/{id}", "api/v1/bookings/" + NOBODY, null, SIGNED_IN, JSON, null, 404),
            new Entry("POST", "/api/v1/bookings/{id}/confirmation", "api/v1/bookings/" + NOBODY + "/confirmation",
                    null, SIGNED_IN, JSON, null, 404),
            new Entry("POST", "/api/v1/bookings/{id}/approval", "api/v1/bookings/" + NOBODY + "/approval", null,
                    BASE_STAFF, JSON, null, 404),
            new Entry("POST", "/api/v1/bookings/{id}/rejection", "api/v1/bookings/" + NOBODY + "/rejection",
                    "{\"reason\":\"矩阵\"}", BASE_STAFF, JSON, null, 404),
            new Entry("PUT", "/api/v1/bookings/{id}/record", "api/v1/bookings/" + NOBODY + "/record",
                    "{\"attendance\":1}", BASE_STAFF, JSON, null, 404),
            new Entry("POST", "/api/v1/bookings/check-ins", "api/v1/bookings/check-ins", "{\"ticket\":\"BKNONE\"}",
                    BASE_STAFF, JSON, null, 404),
            new Entry("GET", "/api/v1/events", "api/v1/events", null, EVERYONE),
            new Entry("GET", "/api/v1/events/campaigns", "api/v1/events/campaigns", null, EVERYONE),
            new Entry("GET", "/api/v1/events/{id}", "api/v1/events/1", null, EVERYONE),
            new Entry("POST", "/api/v1/events/sessions/{id}/registrations",
                    "api/v1/events/sessions/" + NOBODY + "/registrations", "{}", SIGNED_IN, JSON, null, 404),
            new Entry("GET", "/api/v1/events/registrations", "api/v1/events/registrations", null, SIGNED_IN),
            new Entry("GET", "/api/v1/events/registrations/{id}", "api/v1/events/registrations/" + NOBODY, null,
                    SIGNED_IN, JSON, null, 404),
            new Entry("DELETE", "/api/v1/events/registrations/{id}", "api/v1/events/registrations/" + NOBODY, null,
                    SIGNED_IN, JSON, null, 404),
            new Entry("POST", "/api/v1/events/registrations/{id}/confirmation",
                    "api/v1/events/registrations/" + NOBODY + "/confirmation", null, SIGNED_IN, JSON, null, 404),
            new Entry("POST", "/api/v1/events/check-ins", "api/v1/events/check-ins", "{\"ticket\":\"EVNONE\"}",
                    ORGANISERS, JSON, null, 404),
            new Entry("GET", "/api/v1/events/organised", "api/v1/events/organised", null, ORGANISERS),
            // an event without a title: refused after the checks of role and organisation
            new Entry("POST", "/api/v1/events", "api/v1/events", "{\"title\":\"\"}", Set.of("EVENT_ORGANISER"),
                    JSON, null, 422),
            new Entry("PUT", "/api/v1/events/{id}", "api/v1/events/" + NOBODY, "{\"title\":\"矩阵\"}", ORGANISERS,
                    JSON, null, 404),
            new Entry("POST", "/api/v1/events/{id}/sessions", "api/v1/events/" + NOBODY + "/sessions",
                    "{\"venue\":\"矩阵\",\"startsAt\":\"2030-01-01T00:00:00Z\",\"endsAt\":\"2030-01-01T01:00:00Z\","
                    + "\"capacity\":5}", ORGANISERS, JSON, null, 404),
            new Entry("PUT", "/api/v1/events/{id}/publication", "api/v1/events/" + NOBODY + "/publication",
                    "{\"published\":true}", ORGANISERS, JSON, null, 404),
            new Entry("GET", "/api/v1/events/sessions/{id}/registrations",
                    "api/v1/events/sessions/" + NOBODY + "/registrations", null, ORGANISERS, JSON, null, 404),
            new Entry("GET", "/api/v1/outreach-requests/organisers", "api/v1/outreach-requests/organisers", null,
                    EVERYONE),
            new Entry("POST", "/api/v1/outreach-requests", "api/v1/outreach-requests",
                    "{\"organiserId\":" + NOBODY + ",\"preferredFirst\":\"2030-01-01T00:00:00Z\"}", SIGNED_IN, JSON,
                    null, 404),
            new Entry("GET", "/api/v1/outreach-requests", "api/v1/outreach-requests", null, SIGNED_IN),
            new Entry("DELETE", "/api/v1/outreach-requests/{id}", "api/v1/outreach-requests/" + NOBODY, null,
                    SIGNED_IN, JSON, null, 404),
            new Entry("POST", "/api/v1/outreach-requests/{id}/proposal-acceptance",
                    "api/v1/outreach-requests/" + NOBODY + "/proposal-acceptance", null, SIGNED_IN, JSON, null, 404),
            new Entry("GET", "/api/v1/outreach-requests/received", "api/v1/outreach-requests/received", null,
                    ORGANISERS),
            new Entry("POST", "/api/v1/outreach-requests/{id}/acceptance",
                    "api/v1/outreach-requests/" + NOBODY + "/acceptance", "{\"on\":\"2030-01-01T00:00:00Z\"}",
                    ORGANISERS, JSON, null, 404),
            new Entry("POST", "/api/v1/outreach-requests/{id}/proposal",
                    "api/v1/outreach-requests/" + NOBODY + "/proposal", "{\"on\":\"2030-01-01T00:00:00Z\"}",
                    ORGANISERS, JSON, null, 404),
            new Entry("POST", "/api/v1/outreach-requests/{id}/decline",
                    "api/v1/outreach-requests/" + NOBODY + "/decline", "{}", ORGANISERS, JSON, null, 404),
            new Entry("POST", "/api/v1/auth/token", "api/v1/auth/token",
                    "{\"login\":\"citizen@demo.anquan\",\"password\":\"" + SecurityIT.DEMO_PASSWORD + "\"}", EVERYONE),
            new Entry("GET", "/api/v1/me", "api/v1/me", null, SIGNED_IN),
            new Entry("GET", "/api/v1/admin/accounts", "api/v1/admin/accounts?q=demo", null, Set.of("SYSTEM_ADMIN")),
            new Entry("POST", "/api/v1/admin/accounts/{id}/lock", "api/v1/admin/accounts/3/lock", null, Set.of("SYSTEM_ADMIN")),
            new Entry("POST", "/api/v1/admin/accounts/{id}/unlock", "api/v1/admin/accounts/3/unlock", null, Set.of("SYSTEM_ADMIN")),
            new Entry("GET", "/api/v1/admin/audit", "api/v1/admin/audit?action=account.login", null, Set.of("SYSTEM_ADMIN")),
            new Entry("GET", "/api/v1/admin/audit/check", "api/v1/admin/audit/check", null, Set.of("SYSTEM_ADMIN")),
            new Entry("GET", "/api/v1/organisations", "api/v1/organisations", null, Set.of("SYSTEM_ADMIN")),
            new Entry("GET", "/api/v1/organisations/{id}/members", "api/v1/organisations/1/members", null,
                    Set.of("SYSTEM_ADMIN", "CENTRE_ADMIN", "PROCTOR")),
            new Entry("GET", "/api/v1/organisations/{id}/members", "api/v1/organisations/3/members", null,
                    Set.of("SYSTEM_ADMIN", "BASE_ADMIN")));

    private static final Map<String, String> TOKENS = new LinkedHashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    @BeforeAll
    static void signIn() {
        Statutes.fixturesImported(); // import job 1 and the fixture act exist before the matrix runs
        ACCOUNTS.forEach((role, login) -> TOKENS.put(role, token(login, SecurityIT.DEMO_PASSWORD)));
    }

    @AfterAll
    static void letTheRebuildFinish() {
        Statutes.rebuildFinished(TOKENS.get("SYSTEM_ADMIN"));
    }

    static String token(String login, String password) {
        HttpResponse<String> response = Http.post("api/v1/auth/token", "application/json",
                "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}");
        assertThat(response.statusCode()).as("token for " + login).isEqualTo(200);
        JsonObject body = Http.object(response);
        assertThat(body.getString("token_type")).isEqualTo("Bearer");
        return body.getString("access_token");
    }

    @Test
    void everyEndpointHasAnEntry() {
        JsonObject paths = Http.object(Http.get("openapi", "Accept", "application/json")).getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> ((JsonObject) operations).keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> declared = new TreeSet<>();
        MATRIX.forEach(entry -> declared.add(entry.method() + " " + entry.template()));
        assertThat(declared).as("endpoints in the matrix").isEqualTo(documented);
    }

    @Test
    void eachRoleGetsExactlyWhatTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (Entry entry : MATRIX) {
            for (String caller : EVERYONE) {
                int status = call(entry, caller).statusCode();
                boolean allowed = entry.allowed().contains(caller);
                int expected = allowed ? entry.success() : ANONYMOUS.equals(caller) ? 401 : 403;
                if (status != expected) {
                    wrong.add(entry.method() + " " + entry.path() + " as " + caller + ": " + status + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aForgedOrExpiredLookingTokenIsRefused() {
        String token = TOKENS.get("SYSTEM_ADMIN");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2) + "xx";
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(Http.uri("api/v1/admin/accounts"))
                .header("Authorization", "Bearer " + forged).GET());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void wrongPasswordGetsNoToken() {
        HttpResponse<String> response = Http.post("api/v1/auth/token", "application/json",
                "{\"login\":\"admin@demo.anquan\",\"password\":\"guess\"}");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void theAuditTrailHoldsTheSignInsAndItsChainIsIntact() {
        HttpRequest.Builder audit = HttpRequest.newBuilder(Http.uri("api/v1/admin/audit?action=account.login&actor=admin%40demo"))
                .header("Authorization", "Bearer " + TOKENS.get("SYSTEM_ADMIN")).GET();
        JsonObject page = Http.object(Http.send(audit));
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
        HttpRequest.Builder check = HttpRequest.newBuilder(Http.uri("api/v1/admin/audit/check"))
                .header("Authorization", "Bearer " + TOKENS.get("SYSTEM_ADMIN")).GET();
        JsonObject result = Http.object(Http.send(check));
        assertThat(result.containsKey("firstBrokenSeq") && !result.isNull("firstBrokenSeq")).as("chain broken").isFalse();
        assertThat(result.getJsonNumber("checked").longValue()).isGreaterThan(0);
    }

    private static HttpResponse<String> call(Entry entry, String caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.uri(entry.path()));
        if (!ANONYMOUS.equals(caller)) {
            request.header("Authorization", "Bearer " + TOKENS.get(caller));
        }
        if ("POST".equals(entry.method()) || "PUT".equals(entry.method())) {
            request.header("Content-Type", entry.contentType()).method(entry.method(), entry.binary() != null
                    ? HttpRequest.BodyPublishers.ofByteArray(entry.binary())
                    : entry.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(entry.body(), StandardCharsets.UTF_8));
        } else {
            request.method(entry.method(), HttpRequest.BodyPublishers.noBody());
        }
        return Http.send(request);
    }

    private static Set<String> without(Set<String> all, String removed) {
        Set<String> rest = new TreeSet<>(all);
        rest.remove(removed);
        return rest;
    }
}
