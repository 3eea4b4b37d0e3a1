package org.pledgetrack.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgetrack.ui.security.RouteActor.ADMIN;
import static org.pledgetrack.ui.security.RouteActor.AGENCY_A;
import static org.pledgetrack.ui.security.RouteActor.ANONYMOUS;
import static org.pledgetrack.ui.security.RouteActor.OVERSEER;
import static org.pledgetrack.ui.security.RouteActor.TA_ASSIGNED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue #8's route matrix for the API: every endpoint of the application's own controllers is
 * in the table below and is called over real HTTP with an API token of every {@link RouteActor}
 * (none for the anonymous one); endpoints with ids also with another agency's and unknown ids.
 * 401 without a token, 404 where core refuses (an id the actor may not read answers exactly like an
 * unknown one, so ids cannot be probed), anything else means the request got past access control (a
 * report that is still generating answers 400).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiRouteAuthorizationMatrixIntegrationTests {

    private static final long NO_SUCH_ID = 999_999_999L;
    private static final String TOKEN_NAME = "route matrix";
    private static final Set<RouteActor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<RouteActor> READS_AGENCY_A = EnumSet.of(AGENCY_A, TA_ASSIGNED, OVERSEER, ADMIN);
    private static final AtomicInteger ROLE_CASES = new AtomicInteger();
    private static final AtomicInteger TAMPERED_CASES = new AtomicInteger();
    private static final Map<RouteActor, String> SECRETS = new EnumMap<>(RouteActor.class);
    private static final Map<Records, Ids> IDS = new EnumMap<>(Records.class);

    /** The ids an endpoint's path is filled with: agency A's, agency B's or ids no record has. */
    record Ids(long agencyId, long grantId, long reportFileId) {
    }

    enum Records { A, B, UNKNOWN }

    record Endpoint(String mapping, Function<Ids, String> path, Set<RouteActor> allowed) {

        boolean takesIds() {
            return mapping.contains("{");
        }

        @Override
        public String toString() {
            return mapping;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            endpoint("GET /api/v1/agencies", ids -> "/api/v1/agencies", SIGNED_IN),
            endpoint("GET /api/v1/agencies/{agencyId}/pledge", ids -> "/api/v1/agencies/" + ids.agencyId() + "/pledge",
                    READS_AGENCY_A),
            endpoint("GET /api/v1/grants", ids -> "/api/v1/grants", SIGNED_IN),
            endpoint("GET /api/v1/grants/{grantId}/deliverables",
                    ids -> "/api/v1/grants/" + ids.grantId() + "/deliverables", READS_AGENCY_A),
            endpoint("GET /api/v1/grants/{grantId}/reports",
                    ids -> "/api/v1/grants/" + ids.grantId() + "/reports", READS_AGENCY_A),
            endpoint("GET /api/v1/snapshots/agencies", ids -> "/api/v1/snapshots/agencies", SIGNED_IN),
            endpoint("GET /api/v1/reports", ids -> "/api/v1/reports", SIGNED_IN),
            // a report file is its requester's, and every file is the overseers' and admins'
            endpoint("GET /api/v1/reports/{fileId}/file", ids -> "/api/v1/reports/" + ids.reportFileId() + "/file",
                    EnumSet.of(AGENCY_A, OVERSEER, ADMIN)));

    @LocalServerPort int port;
    @Autowired UserRepository users;
    @Autowired ApiTokenService tokens;
    @Autowired ReportService reports;
    @Autowired GrantService grants;
    // Vaadin and Actuator add handler mappings of their own; this one holds the controllers' methods.
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping;

    @BeforeEach
    void everyActorHasAToken() {
        RouteActor.createUnassignedTaStaff(users);
        for (RouteActor actor : SIGNED_IN) {
            SECRETS.computeIfAbsent(actor, a -> tokens.create(user(a.username()), a.password(), TOKEN_NAME, 1).secret());
        }
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> discovered = handlerMapping.getHandlerMethods().entrySet().stream()
                .filter(mapping -> ownController(mapping.getValue()))
                .flatMap(mapping -> signatures(mapping.getKey()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = ENDPOINTS.stream().map(Endpoint::mapping).collect(Collectors.toCollection(TreeSet::new));
        assertThat(discovered).as("API endpoints; add a new one to the route matrix with who may call it")
                .isEqualTo(listed);
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (RouteActor actor : RouteActor.values()) {
                cases.add(Arguments.of(endpoint, actor, Records.A, expected(endpoint, actor)));
            }
            if (endpoint.takesIds()) {
                cases.add(Arguments.of(endpoint, AGENCY_A, Records.B, 404));
                cases.add(Arguments.of(endpoint, AGENCY_A, Records.UNKNOWN, 404));
                cases.add(Arguments.of(endpoint, TA_ASSIGNED, Records.UNKNOWN, 404));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} with {2}''s ids: {3}")
    @MethodSource("cases")
    void endpointLetsThroughExactlyItsActors(Endpoint endpoint, RouteActor actor, Records records, int expected) {
        (records == Records.A ? ROLE_CASES : TAMPERED_CASES).incrementAndGet();
        int status = status(endpoint.path().apply(ids(records)), SECRETS.get(actor));
        if (expected == 200) {
            assertThat(status).as(endpoint + " as " + actor + " gets past access control").isNotIn(401, 403, 404);
        } else {
            assertThat(status).as(endpoint + " as " + actor).isEqualTo(expected);
        }
    }

    @AfterAll
    static void printTheMatrixSizeAndCleanUp(@Autowired JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM api_token WHERE name = ?", TOKEN_NAME);
        IDS.values().forEach(ids -> jdbc.update("DELETE FROM report_file WHERE id = ?", ids.reportFileId()));
        RouteActor.deleteUnassignedTaStaff(jdbc);
        System.out.printf("Authorization matrix (API endpoints): %d cases run (%d for every endpoint x actor + "
                        + "%d tampered-id cases)%n", ROLE_CASES.get() + TAMPERED_CASES.get(),
                ROLE_CASES.get(), TAMPERED_CASES.get());
    }

    /** 401 without a token; 200 stands for "any answer past access control"; 404 where core refuses. */
    private static int expected(Endpoint endpoint, RouteActor actor) {
        if (actor == ANONYMOUS) {
            return 401;
        }
        return endpoint.allowed().contains(actor) ? 200 : 404;
    }

    private Ids ids(Records records) {
        return IDS.computeIfAbsent(records, this::idsOf);
    }

    private Ids idsOf(Records records) {
        return switch (records) {
            case A -> agencyIds(DemoAccounts.WICHITA_AGENCY, grants.visibleGrants(user(DemoAccounts.ADMIN)).stream()
                    .filter(g -> g.leadAgencyName().startsWith("Wichita")).findFirst().orElseThrow().id());
            // Dayton has no grant in the demo data: an unknown grant id stands in for another agency's.
            case B -> agencyIds(DemoAccounts.DAYTON_AGENCY, NO_SUCH_ID);
            case UNKNOWN -> new Ids(NO_SUCH_ID, NO_SUCH_ID, NO_SUCH_ID);
        };
    }

    /** The agency's id, a grant and a report file its user requested (still generating: no job runs here). */
    private Ids agencyIds(String agencyUsername, long grantId) {
        CurrentUser agencyUser = user(agencyUsername);
        long agencyId = agencyUser.organizationId();
        long fileId = reports.request(agencyUser, ReportType.AGENCY_ITEMS, ReportFormat.CSV, LocalDate.now(),
                new ReportFilters(null, null, null, null, agencyId)).id();
        return new Ids(agencyId, grantId, fileId);
    }

    private static boolean ownController(HandlerMethod handler) {
        return handler.getBeanType().getPackageName().startsWith("org.pledgetrack.")
                && !TestFixtureRoutes.isTestFixture(handler.getBeanType());
    }

    private static Stream<String> signatures(RequestMappingInfo mapping) {
        return mapping.getMethodsCondition().getMethods().stream().flatMap(method ->
                mapping.getPatternValues().stream().map(pattern -> method + " " + pattern));
    }

    private int status(String path, String token) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .exchange((request, response) -> response.getStatusCode().value());
    }

    private CurrentUser user(String username) {
        return Users.signedIn(users, username);
    }

    private static Endpoint endpoint(String mapping, Function<Ids, String> path, Set<RouteActor> allowed) {
        return new Endpoint(mapping, path, allowed);
    }
}
