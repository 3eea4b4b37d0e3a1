package org.pledgetrack.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.report.ReportJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.PledgeStatus;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API keeps the contract it publishes (issue 15): every operation of {@code /v3/api-docs} is
 * called over real HTTP with real tokens of each role, in its success and error cases, and every
 * answer's status, media type and body are checked against the document by {@link ApiContract}
 * (an independent JSON Schema validator). An operation of the document that no call covers fails,
 * so a new endpoint cannot slip by untested.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiContractIntegrationTests {

    private static final String NO_SUCH_ID = "999999999";
    private static final String TOKEN_NAME = "api contract";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    enum Caller {
        ANONYMOUS(null), UNKNOWN_TOKEN(null), WICHITA(DemoAccounts.WICHITA_AGENCY), DAYTON(DemoAccounts.DAYTON_AGENCY),
        TA(DemoAccounts.TA_STAFF), OVERSEER(DemoAccounts.OVERSEER), ADMIN(DemoAccounts.ADMIN);

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    /** One request and the status it must get. */
    record Call(Caller caller, String path, int expected, Map<String, String> headers) {
    }

    /** Ids from the demo data that the calls need, and report files made for them. */
    record World(long wichita, long dayton, long withoutPledge, long withdrawn, long notTheTasAgency, long grant,
                 long readyFile, long wichitasGeneratingFile) {
    }

    @LocalServerPort int port;
    @Autowired ApiTokenService tokens;
    @Autowired UserRepository users;
    @Autowired PledgeService pledges;
    @Autowired GrantService grants;
    @Autowired ReportService reports;
    @Autowired ReportJobLauncher reportJobs;

    private static final Map<Caller, String> SECRETS = new EnumMap<>(Caller.class);
    private static World world;
    private ApiContract contract;

    @BeforeEach
    void readTheDocumentAndTheDemoData() {
        contract = new ApiContract(ApiReply.get(port, "/v3/api-docs", null, Map.of()).body());
        for (Caller caller : Caller.values()) {
            if (caller.username != null) {
                SECRETS.computeIfAbsent(caller, c -> tokens.create(user(c.username), DemoAccounts.PASSWORD, TOKEN_NAME, 1).secret());
            }
        }
        SECRETS.put(Caller.UNKNOWN_TOKEN, "pt_AAAAAAAA_not-a-real-token");
        if (world == null) {
            world = world();
        }
    }

    @Test
    void everyDocumentedOperationAnswersAsTheDocumentSays() {
        List<Call> calls = calls(world);
        List<String> violations = new ArrayList<>();
        Set<String> called = new TreeSet<>();
        for (Call call : calls) {
            ApiReply reply = ApiReply.get(port, call.path(), SECRETS.get(call.caller()), call.headers());
            if (reply.status() != call.expected()) {
                violations.add("GET " + call.path() + " as " + call.caller() + ": " + reply.status() + " instead of "
                        + call.expected() + " " + reply.body());
            }
            violations.addAll(contract.violations(call.path(), reply));
            called.add("GET " + contract.templateOf(call.path()));
        }
        assertThat(violations).as("answers that break the OpenAPI document").isEmpty();
        assertThat(called).as("operations of the document that no call covers: add calls for them")
                .containsAll(contract.operations());
        System.out.printf("API contract: %d calls of %d operations, every answer valid by the document%n",
                calls.size(), contract.operations().size());
    }

    @Test
    void anotherAgencysIdAndAnUnknownIdGetTheSameAnswerOnEveryEndpointWithAnId() {
        Map<String, Long> othersIds = Map.of("agencyId", world.wichita(), "grantId", world.grant(),
                "fileId", world.readyFile());
        List<String> withIds = contract.operations().stream().filter(operation -> operation.contains("{")).toList();
        assertThat(withIds).as("operations with ids").isNotEmpty();
        JsonMapper json = JsonMapper.shared();
        for (String operation : withIds) {
            String template = operation.substring("GET ".length());
            assertThat(othersIds).as("another agency's id for each parameter of " + operation)
                    .containsKeys(PATH_PARAMETER.matcher(template).results().map(match -> match.group(1))
                            .toArray(String[]::new));
            ApiReply forbidden = ApiReply.get(port, fill(template, othersIds), SECRETS.get(Caller.DAYTON), Map.of());
            ApiReply unknown = ApiReply.get(port, fill(template, Map.of()), SECRETS.get(Caller.DAYTON), Map.of());
            ApiReply unknownToAnOverseer = ApiReply.get(port, fill(template, Map.of()), SECRETS.get(Caller.OVERSEER),
                    Map.of());
            for (ApiReply reply : List.of(forbidden, unknown, unknownToAnOverseer)) {
                assertThat(reply.status()).as(operation).isEqualTo(404);
                assertThat(reply.mediaType()).as(operation).isEqualTo("application/problem+json");
            }
            ObjectNode forbiddenBody = (ObjectNode) json.readTree(forbidden.body());
            assertThat(forbiddenBody.remove("instance").asString()).isEqualTo(fill(template, othersIds));
            ObjectNode unknownBody = (ObjectNode) json.readTree(unknown.body());
            unknownBody.remove("instance");
            ObjectNode overseersBody = (ObjectNode) json.readTree(unknownToAnOverseer.body());
            overseersBody.remove("instance");
            assertThat(forbiddenBody).as(operation + ": another's id and an unknown one").isEqualTo(unknownBody)
                    .isEqualTo(overseersBody);
            assertThat(forbiddenBody.path("detail").asString()).isEqualTo(ApiExceptionHandler.NO_SUCH_RECORD);
        }
    }

    @Test
    void unknownPathsAnswerAProblem404AndAreNoOperationOfTheDocument() {
        assertThat(contract.operations()).noneMatch(operation -> operation.contains("*"))
                .noneMatch(operation -> operation.contains("/api/test/"));

        ApiReply reply = ApiReply.get(port, "/api/v1/agencys", SECRETS.get(Caller.OVERSEER), Map.of());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.mediaType()).isEqualTo("application/problem+json");
        assertThat(contract.violationsOfComponent("ProblemDetail", reply.body())).isEmpty();
    }

    @AfterAll
    static void deleteTheTokensAndFiles(@Autowired JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM api_token WHERE name = ?", TOKEN_NAME);
        if (world != null) {
            jdbc.update("DELETE FROM report_file WHERE id IN (?, ?)", world.readyFile(), world.wichitasGeneratingFile());
        }
        SECRETS.clear();
        world = null;
    }

    private List<Call> calls(World w) {
        String etag = ApiReply.get(port, "/api/v1/snapshots/agencies?size=5", SECRETS.get(Caller.OVERSEER), Map.of())
                .headers().getETag();
        List<Call> calls = new ArrayList<>();
        for (Caller caller : List.of(Caller.WICHITA, Caller.TA, Caller.OVERSEER, Caller.ADMIN)) {
            calls.add(call(caller, "/api/v1/agencies?size=500", 200));
            calls.add(call(caller, "/api/v1/grants", 200));
            calls.add(call(caller, "/api/v1/snapshots/agencies?size=500", 200));
            calls.add(call(caller, "/api/v1/reports", 200));
        }
        for (Caller refused : List.of(Caller.ANONYMOUS, Caller.UNKNOWN_TOKEN)) {
            calls.add(call(refused, "/api/v1/agencies", 401));
            calls.add(call(refused, "/api/v1/agencies/" + w.wichita() + "/pledge", 401));
            calls.add(call(refused, "/api/v1/grants", 401));
            calls.add(call(refused, "/api/v1/grants/" + w.grant() + "/deliverables", 401));
            calls.add(call(refused, "/api/v1/grants/" + w.grant() + "/reports", 401));
            calls.add(call(refused, "/api/v1/snapshots/agencies", 401));
            calls.add(call(refused, "/api/v1/reports", 401));
            calls.add(call(refused, "/api/v1/reports/" + w.readyFile() + "/file", 401));
        }
        calls.addAll(List.of(
                call(Caller.OVERSEER, "/api/v1/agencies?state=KS", 200),
                call(Caller.OVERSEER, "/api/v1/agencies?state=vt&page=0&size=1", 200),
                call(Caller.OVERSEER, "/api/v1/agencies?state=Kansas", 400),
                call(Caller.OVERSEER, "/api/v1/agencies?state=", 400),
                call(Caller.OVERSEER, "/api/v1/agencies?page=-1", 400),
                call(Caller.OVERSEER, "/api/v1/agencies?page=first", 400),
                call(Caller.OVERSEER, "/api/v1/agencies?size=0", 400),
                call(Caller.OVERSEER, "/api/v1/agencies?size=501", 400),

                call(Caller.WICHITA, "/api/v1/agencies/" + w.wichita() + "/pledge", 200),
                call(Caller.TA, "/api/v1/agencies/" + w.dayton() + "/pledge", 200),
                call(Caller.OVERSEER, "/api/v1/agencies/" + w.withdrawn() + "/pledge", 200),
                call(Caller.OVERSEER, "/api/v1/agencies/" + w.withoutPledge() + "/pledge", 404),
                call(Caller.WICHITA, "/api/v1/agencies/" + w.dayton() + "/pledge", 404),
                call(Caller.WICHITA, "/api/v1/agencies/" + NO_SUCH_ID + "/pledge", 404),
                call(Caller.TA, "/api/v1/agencies/" + w.notTheTasAgency() + "/pledge", 404),
                call(Caller.ADMIN, "/api/v1/agencies/" + NO_SUCH_ID + "/pledge", 404),
                call(Caller.OVERSEER, "/api/v1/agencies/wichita/pledge", 400),

                call(Caller.OVERSEER, "/api/v1/grants?page=1&size=1", 200),
                call(Caller.OVERSEER, "/api/v1/grants?size=0", 400),
                call(Caller.WICHITA, "/api/v1/grants/" + w.grant() + "/deliverables", 200),
                call(Caller.TA, "/api/v1/grants/" + w.grant() + "/deliverables", 200),
                call(Caller.OVERSEER, "/api/v1/grants/" + w.grant() + "/deliverables", 200),
                call(Caller.DAYTON, "/api/v1/grants/" + w.grant() + "/deliverables", 404),
                call(Caller.OVERSEER, "/api/v1/grants/" + w.grant() + "/reports", 200),
                call(Caller.DAYTON, "/api/v1/grants/" + w.grant() + "/reports", 404),
                call(Caller.ADMIN, "/api/v1/grants/" + NO_SUCH_ID + "/deliverables", 404),
                call(Caller.OVERSEER, "/api/v1/grants/first/deliverables", 400),

                call(Caller.OVERSEER, "/api/v1/snapshots/agencies?state=KS&page=0&size=1", 200),
                call(Caller.OVERSEER, "/api/v1/snapshots/agencies?asOf=1999-01-01", 200),
                new Call(Caller.OVERSEER, "/api/v1/snapshots/agencies?size=5", 304, Map.of("If-None-Match", etag)),
                call(Caller.OVERSEER, "/api/v1/snapshots/agencies?asOf=yesterday", 400),
                call(Caller.OVERSEER, "/api/v1/snapshots/agencies?asOf=2026-02-30", 400),
                call(Caller.OVERSEER, "/api/v1/snapshots/agencies?state=Kansas", 400),
                call(Caller.OVERSEER, "/api/v1/snapshots/agencies?size=501", 400),

                call(Caller.OVERSEER, "/api/v1/reports?size=500", 200),
                call(Caller.OVERSEER, "/api/v1/reports?page=-1", 400),
                call(Caller.OVERSEER, "/api/v1/reports/" + w.readyFile() + "/file", 200),
                call(Caller.WICHITA, "/api/v1/reports/" + w.wichitasGeneratingFile() + "/file", 400),
                call(Caller.DAYTON, "/api/v1/reports/" + w.readyFile() + "/file", 404),
                call(Caller.ADMIN, "/api/v1/reports/" + NO_SUCH_ID + "/file", 404),
                call(Caller.OVERSEER, "/api/v1/reports/first/file", 400)));
        return calls;
    }

    private World world() {
        CurrentUser overseer = user(DemoAccounts.OVERSEER);
        CurrentUser wichita = user(DemoAccounts.WICHITA_AGENCY);
        List<AgencyProgress> agencies = pledges.agencyProgress(overseer);
        Set<Long> tasAgencies = new TreeSet<>(pledges.agencyProgress(user(DemoAccounts.TA_STAFF)).stream()
                .map(AgencyProgress::agencyId).toList());
        long readyFile = reportJobs.generateNow(reports.request(overseer, ReportType.AGENCY_STATUS, ReportFormat.CSV,
                reports.latestSnapshotDate().orElseThrow(), ReportFilters.NONE)).id();
        long generatingFile = reports.request(wichita, ReportType.AGENCY_ITEMS, ReportFormat.CSV, LocalDate.now(),
                new ReportFilters(null, null, null, null, wichita.organizationId())).id();
        return new World(wichita.organizationId(), user(DemoAccounts.DAYTON_AGENCY).organizationId(),
                agencies.stream().filter(a -> a.pledgeId() == null).findFirst().orElseThrow().agencyId(),
                agencies.stream().filter(a -> a.pledgeStatus() == PledgeStatus.WITHDRAWN).findFirst().orElseThrow()
                        .agencyId(),
                agencies.stream().filter(a -> !tasAgencies.contains(a.agencyId())).findFirst().orElseThrow().agencyId(),
                grants.visibleGrants(overseer).getFirst().id(), readyFile, generatingFile);
    }

    /** The template with its ids filled in from {@code ids}, and ids no record has for the rest. */
    private static String fill(String template, Map<String, Long> ids) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        return parameter.replaceAll(match -> String.valueOf(ids.getOrDefault(match.group(1), Long.valueOf(NO_SUCH_ID))));
    }

    private static Call call(Caller caller, String path, int expected) {
        return new Call(caller, path, expected, Map.of());
    }

    private CurrentUser user(String username) {
        return Users.signedIn(users, username);
    }
}
