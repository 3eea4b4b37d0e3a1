package org.pledgetrack.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.snapshot.AgencyStatusPage;
import org.pledgetrack.core.snapshot.SnapshotService;
import org.pledgetrack.core.testsupport.Users;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The read-only API over real HTTP with real tokens: who gets in, who sees what, how pages cut. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiIntegrationTests {

    @LocalServerPort int port;
    @Autowired ApiTokenService tokens;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;
    @Autowired SnapshotService snapshots;
    @Autowired JsonMapper json;

    @Test
    void requestWithoutTokenGets401AsProblemDetails() {
        Reply reply = get("/api/v1/agencies", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"status\":401").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void unknownTokenGets401() {
        assertThat(get("/api/v1/agencies", "pt_AAAAAAAA_not-a-real-token").status()).isEqualTo(401);
    }

    @Test
    void revokedTokenGets401() {
        CurrentUser overseer = user(DemoAccounts.OVERSEER);
        var issued = tokens.create(overseer, DemoAccounts.PASSWORD, "to revoke", 30);
        assertThat(get("/api/v1/agencies", issued.secret()).status()).isEqualTo(200);
        tokens.revoke(overseer, issued.token().id());
        assertThat(get("/api/v1/agencies", issued.secret()).status()).isEqualTo(401);
    }

    @Test
    void expiredTokenGets401() {
        var issued = tokens.create(user(DemoAccounts.OVERSEER), DemoAccounts.PASSWORD, "to expire", 1);
        // Moving the clock would need a second application context; ageing the row is equivalent.
        jdbc.update("UPDATE api_token SET expires_at = '2020-01-01 00:00:00' WHERE id = ?", issued.token().id());
        assertThat(get("/api/v1/agencies", issued.secret()).status()).isEqualTo(401);
    }

    @Test
    void agencyTokenReadsOnlyItsOwnAgency() {
        CurrentUser wichita = user(DemoAccounts.WICHITA_AGENCY);
        String secret = tokens.create(wichita, DemoAccounts.PASSWORD, "wichita script", 30).secret();

        Reply list = get("/api/v1/agencies", secret);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Wichita Police Department").doesNotContain("Dayton")
                .contains("\"total\":1");

        assertThat(get("/api/v1/agencies/" + wichita.organizationId() + "/pledge", secret).body())
                .contains("\"agencyName\":\"Wichita Police Department\"");

        long dayton = user(DemoAccounts.DAYTON_AGENCY).organizationId();
        Reply other = get("/api/v1/agencies/" + dayton + "/pledge", secret);
        assertThat(other.status()).as("answered like an unknown id").isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body()).doesNotContain("Dayton");
    }

    @Test
    void pagesCutTheListAtItsBoundaries() {
        String secret = tokens.create(user(DemoAccounts.OVERSEER), DemoAccounts.PASSWORD, "pager", 30).secret();
        assertThat(get("/api/v1/agencies?page=0&size=5", secret).body()).contains("\"total\":12")
                .contains("\"page\":0").contains("\"size\":5");
        assertThat(count(get("/api/v1/agencies?page=0&size=5", secret).body())).isEqualTo(5);
        assertThat(count(get("/api/v1/agencies?page=2&size=5", secret).body())).isEqualTo(2);
        assertThat(count(get("/api/v1/agencies?page=3&size=5", secret).body())).isZero();
        assertThat(count(get("/api/v1/agencies?page=0&size=500", secret).body())).isEqualTo(12);
        assertThat(get("/api/v1/agencies?page=-1", secret).status()).isEqualTo(400);
        assertThat(get("/api/v1/agencies?size=0", secret).status()).isEqualTo(400);
        assertThat(get("/api/v1/agencies?size=501", secret).body()).contains("size must be between 1 and 500");
    }

    @Test
    void useOfATokenIsRecorded() {
        CurrentUser ta = user(DemoAccounts.TA_STAFF);
        var issued = tokens.create(ta, DemoAccounts.PASSWORD, "used", 30);
        assertThat(tokens.myTokens(ta)).filteredOn(t -> t.id() == issued.token().id())
                .singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNull());
        assertThat(get("/api/v1/grants", issued.secret()).body()).contains("Project HOPE");
        assertThat(tokens.myTokens(ta)).filteredOn(t -> t.id() == issued.token().id())
                .singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
    }

    @Test
    void snapshotRowsFollowTheSameAccessRules() {
        String overseer = tokens.create(user(DemoAccounts.OVERSEER), DemoAccounts.PASSWORD, "snapshots", 30).secret();
        Reply all = get("/api/v1/snapshots/agencies", overseer);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains("Wichita Police Department").contains("Dayton Police Department")
                .contains("\"scheduleStatus\"");

        String wichita = tokens.create(user(DemoAccounts.WICHITA_AGENCY), DemoAccounts.PASSWORD, "own snapshot", 30).secret();
        Reply own = get("/api/v1/snapshots/agencies", wichita);
        assertThat(own.body()).contains("Wichita Police Department").doesNotContain("Dayton").contains("\"total\":1");

        // asked again (answers are kept in memory per scope), each still reads only what it may
        assertThat(get("/api/v1/snapshots/agencies", wichita).body()).isEqualTo(own.body());
        assertThat(get("/api/v1/snapshots/agencies", overseer).body()).isEqualTo(all.body());
        assertThat(get("/api/v1/snapshots/agencies?size=500", wichita).body()).doesNotContain("Dayton");

        assertThat(get("/api/v1/snapshots/agencies?asOf=1999-01-01", overseer).body()).contains("\"total\":0");
        Reply badDate = get("/api/v1/snapshots/agencies?asOf=not-a-date", overseer);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("The value 'not-a-date' of parameter 'asOf' is not valid.");
    }

    @Test
    void snapshotRowsCarryAnEntityTagAndAnswer304WhileUnchanged() {
        String overseer = tokens.create(user(DemoAccounts.OVERSEER), DemoAccounts.PASSWORD, "etag", 30).secret();
        Reply first = get("/api/v1/snapshots/agencies?size=5", overseer);
        String etag = first.headers().getETag();
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().getCacheControl()).contains("private").contains("no-cache")
                .doesNotContain("no-store");
        assertThat(first.headers().getVary()).contains("Authorization");

        Reply unchanged = get("/api/v1/snapshots/agencies?size=5", overseer, etag);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().getETag()).isEqualTo(etag);
        assertThat(unchanged.headers().getCacheControl()).contains("private");

        assertThat(get("/api/v1/snapshots/agencies?size=6", overseer, etag).status()).as("another page").isEqualTo(200);
        String wichita = tokens.create(user(DemoAccounts.WICHITA_AGENCY), DemoAccounts.PASSWORD, "etag", 30).secret();
        Reply own = get("/api/v1/snapshots/agencies?size=5", wichita, etag);
        assertThat(own.status()).as("another scope's tag").isEqualTo(200);
        assertThat(own.headers().getETag()).isNotEqualTo(etag);
        assertThat(get("/api/v1/snapshots/agencies?size=5", null, etag).status()).as("no token").isEqualTo(401);
    }

    @Test
    void snapshotPagesAreTheJsonOfTheirRowsWhenTheJsonIsReused() {
        CurrentUser overseer = user(DemoAccounts.OVERSEER);
        String secret = tokens.create(overseer, DemoAccounts.PASSWORD, "rendered", 30).secret();
        AgencyStatusPage page = snapshots.agencyStatus(overseer, null, null, 5, 5).orElseThrow();
        String serialised = json.writeValueAsString(new SnapshotApiController.AgencyStatusPageResponse(page.rows(), 1, 5,
                page.total(), page.asOf(), page.computedAt()));

        assertThat(get("/api/v1/snapshots/agencies?page=1&size=5", secret).body()).isEqualTo(serialised);
        assertThat(get("/api/v1/snapshots/agencies?page=1&size=5", secret).body()).as("written once, copied")
                .isEqualTo(serialised);
        assertThat(serialised).contains("\"agencyName\"").contains("\"pctVerified\"").contains("\"page\":1");
    }

    @Test
    void deliverablesOfAGrantOnlyForThoseWhoSeeTheGrant() {
        String ta = tokens.create(user(DemoAccounts.TA_STAFF), DemoAccounts.PASSWORD, "deliverables", 30).secret();
        String grants = get("/api/v1/grants", ta).body();
        String grantId = grants.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        assertThat(get("/api/v1/grants/" + grantId + "/deliverables", ta).body())
                .contains("Relationship-based policing course").contains("\"overdue\"");

        String dayton = tokens.create(user(DemoAccounts.DAYTON_AGENCY), DemoAccounts.PASSWORD, "not my grant", 30).secret();
        Reply refused = get("/api/v1/grants/" + grantId + "/deliverables", dayton);
        assertThat(refused.status()).as("answered like an unknown id").isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Relationship-based");
    }

    @Test
    void grantsSayWhetherTheirFundsAreAtRiskAndTheCalendarSaysWhichReport() {
        String overseer = tokens.create(user(DemoAccounts.OVERSEER), DemoAccounts.PASSWORD, "at risk", 30).secret();
        String grants = get("/api/v1/grants", overseer).body();
        assertThat(grants).contains("\"fundsAtRisk\":true").contains("\"fundsAtRisk\":false");
        String dayton = grants.replaceAll("(?s).*\"id\":(\\d+),\"awardNumber\":\"15PBJA-24-GG-03107-BCJI\".*", "$1");
        assertThat(get("/api/v1/grants/" + dayton + "/reports", overseer).body())
                .contains("\"status\":\"FUNDS_AT_RISK\"").contains("\"review\":\"ACCEPTED\"");
    }

    @Test
    void unexpectedErrorAnswersProblemDetailsWithAReferenceThatTheLogHas() {
        Logger errorLog = (Logger) LoggerFactory.getLogger(ApiExceptionHandler.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        errorLog.addAppender(logged);
        try {
            Reply reply = get("/api/test/failure", tokens.create(user(DemoAccounts.OVERSEER), DemoAccounts.PASSWORD, "failure", 30).secret());

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            Matcher reference = Pattern.compile("\"reference\":\"([0-9a-f]{8})\"").matcher(reply.body());
            assertThat(reference.find()).as("a reference in %s", reply.body()).isTrue();
            assertThat(reply.body()).contains("\"detail\":\"Something went wrong. Reference: " + reference.group(1) + "\"")
                    .doesNotContain("Exception").doesNotContain("app_user").doesNotContain("insert")
                    .doesNotContain("at org.").doesNotContain("trace");
            assertThat(logged.list).filteredOn(event -> event.getFormattedMessage().contains(reference.group(1)))
                    .singleElement().satisfies(event -> {
                        assertThat(event.getFormattedMessage()).isEqualTo("API error, reference " + reference.group(1));
                        assertThat(event.getThrowableProxy().getMessage())
                                .isEqualTo(FailingApiController.SQL_IN_THE_MESSAGE);
                    });
        } finally {
            errorLog.detachAppender(logged);
        }
    }

    @Test
    void unknownApiPathAnswers404ProblemDetailsNotTheVaadinPage() {
        String secret = tokens.create(user(DemoAccounts.OVERSEER), DemoAccounts.PASSWORD, "typo", 30).secret();

        Reply reply = get("/api/v1/agencys", secret);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"status\":404")
                .contains("There is no API endpoint at this address. The endpoints are listed at /v3/api-docs.")
                .doesNotContain("<html");
        assertThat(get("/api/v1/agencys", null).status()).as("still refused without a token").isEqualTo(401);
    }

    @Test
    void badParametersAnswer400NamingTheParameterTheValueAndTheRule() {
        String secret = tokens.create(user(DemoAccounts.OVERSEER), DemoAccounts.PASSWORD, "bad parameters", 30).secret();
        assertThat(detail(get("/api/v1/agencies?state=Kansas", secret))).isEqualTo("The value 'Kansas' of parameter "
                + "'state' is not valid: state must be a two-letter US state or territory code, e.g. KS.");
        assertThat(detail(get("/api/v1/snapshots/agencies?state=XX", secret)))
                .startsWith("The value 'XX' of parameter 'state' is not valid");
        assertThat(detail(get("/api/v1/grants?page=-1", secret)))
                .isEqualTo("The value '-1' of parameter 'page' is not valid: page must be 0 or more.");
        assertThat(detail(get("/api/v1/reports?size=ten", secret)))
                .isEqualTo("The value 'ten' of parameter 'size' is not valid.");
        assertThat(detail(get("/api/v1/snapshots/agencies?asOf=2026-02-30", secret)))
                .isEqualTo("The value '2026-02-30' of parameter 'asOf' is not valid.");
        assertThat(get("/api/v1/agencies?state=ks", secret).body()).as("a code in any case")
                .contains("Wichita Police Department").doesNotContain("Dayton");
    }

    @Test
    void snapshotAnswersSayWhichDateTheyAreOfAndWhenItsNumbersWereComputed() {
        String secret = tokens.create(user(DemoAccounts.OVERSEER), DemoAccounts.PASSWORD, "computed at", 30).secret();
        LocalDate latest = snapshots.latestAsOf().orElseThrow();
        Instant computedAt = snapshots.computedAt(latest).orElseThrow();

        var answer = json.readTree(get("/api/v1/snapshots/agencies?size=1", secret).body());
        assertThat(answer.path("asOf").asString()).isEqualTo(latest.toString());
        assertThat(Instant.parse(answer.path("computedAt").asString())).isEqualTo(computedAt);

        var noRun = json.readTree(get("/api/v1/snapshots/agencies?asOf=1999-01-01", secret).body());
        assertThat(noRun.path("asOf").asString()).isEqualTo("1999-01-01");
        assertThat(noRun.get("computedAt").isNull()).as("no run on that date").isTrue();
    }

    @Test
    void openApiDescriptionIsPublic() {
        Reply docs = get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/agencies").contains("/api/v1/grants")
                .contains("/api/v1/snapshots/agencies").contains("AgencyStatusPageResponse").contains("\"304\"");
    }

    @Test
    void openApiDescriptionDeclaresNullsAndProblemsAsTheAnswersHaveThem() {
        var docs = json.readTree(get("/v3/api-docs", null).body());
        var schemas = docs.path("components").path("schemas");
        assertThat(schemas.at("/AgencyStatusRow/properties/oldestWaitDays/type").toString())
                .isEqualTo("[\"integer\",\"null\"]");
        assertThat(schemas.at("/AgencyStatusRow/properties/agencyName/type").asString()).isEqualTo("string");
        assertThat(schemas.at("/AgencyProgress/properties/pledgeStatus/oneOf/1/type").asString()).isEqualTo("null");
        assertThat(schemas.at("/ProblemDetail/properties/instance/format").asString()).isEqualTo("uri-reference");
        var pledgeErrors = docs.at("/paths/~1api~1v1~1agencies~1{agencyId}~1pledge/get/responses");
        assertThat(pledgeErrors.propertyNames()).containsExactlyInAnyOrder("200", "400", "401", "404");
        assertThat(docs.path("paths").propertyNames()).noneMatch(path -> path.contains("*"));
    }

    private String detail(Reply reply) {
        assertThat(reply.status()).isEqualTo(400);
        return json.readTree(reply.body()).path("detail").asString();
    }

    private CurrentUser user(String username) {
        return Users.signedIn(users, username);
    }

    /** Items in a page response, counted by their agency ids. */
    private static int count(String body) {
        return body.split("\"agencyId\"", -1).length - 1;
    }

    private Reply get(String path, String token) {
        return get(path, token, null);
    }

    private Reply get(String path, String token, String ifNoneMatch) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                    if (ifNoneMatch != null) {
                        h.setIfNoneMatch(ifNoneMatch);
                    }
                })
                .exchange((request, response) -> new Reply(response.getStatusCode(),
                        String.valueOf(response.getHeaders().getContentType()),
                        new String(response.getBody().readAllBytes()), response.getHeaders()));
    }

    private record Reply(HttpStatusCode code, String contentType, String body, HttpHeaders headers) {
        int status() {
            return code.value();
        }
    }
}
