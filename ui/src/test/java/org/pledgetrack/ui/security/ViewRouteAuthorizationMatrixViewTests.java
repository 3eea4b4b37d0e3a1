package org.pledgetrack.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgetrack.ui.security.RouteActor.ADMIN;
import static org.pledgetrack.ui.security.RouteActor.AGENCY_A;
import static org.pledgetrack.ui.security.RouteActor.AGENCY_B;
import static org.pledgetrack.ui.security.RouteActor.ANONYMOUS;
import static org.pledgetrack.ui.security.RouteActor.OVERSEER;
import static org.pledgetrack.ui.security.RouteActor.TA_ASSIGNED;
import static org.pledgetrack.ui.security.RouteActor.TA_UNASSIGNED;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.error.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #8's route matrix for the Vaadin views: every route the router serves is in the table
 * below, and is opened as every {@link RouteActor}; routes with ids also with another agency's
 * and unknown ids. A view that shows is ALLOW; the annotations' refusal, the access page (core
 * refused the id) or the login view (not signed in) is DENY.
 */
class ViewRouteAuthorizationMatrixViewTests extends KaribuViewTests {

    private static final long NO_SUCH_ID = 999_999_999L;
    private static final Set<RouteActor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<RouteActor> EVERYONE = EnumSet.allOf(RouteActor.class);
    private static final Set<RouteActor> STAFF = EnumSet.of(TA_ASSIGNED, TA_UNASSIGNED, OVERSEER, ADMIN);
    private static final Set<RouteActor> READS_AGENCY_A = EnumSet.of(AGENCY_A, TA_ASSIGNED, OVERSEER, ADMIN);
    private static final AtomicInteger ROLE_CASES = new AtomicInteger();
    private static final AtomicInteger TAMPERED_CASES = new AtomicInteger();

    /** The ids a route's parameters are filled with: agency A's, agency B's or ids no record has. */
    record Ids(long itemId, long agencyId, long grantId, long reportId) {
    }

    enum Records { A, B, UNKNOWN }

    record RouteLine(String template, Function<Ids, String> path, Set<RouteActor> allowed) {

        boolean takesIds() {
            return template.contains(":");
        }

        @Override
        public String toString() {
            return "/" + template;
        }
    }

    private static final List<RouteLine> ROUTES = List.of(
            line("", ids -> "", SIGNED_IN),
            line("login", ids -> "login", EVERYONE),
            line("my-pledge", ids -> "my-pledge", EnumSet.of(AGENCY_A, AGENCY_B)),
            line("pledge/item/:itemId", ids -> "pledge/item/" + ids.itemId(), READS_AGENCY_A),
            line("review", ids -> "review", STAFF),
            line("portfolio", ids -> "portfolio", EnumSet.of(TA_ASSIGNED, TA_UNASSIGNED, ADMIN)),
            line("agencies", ids -> "agencies", EnumSet.of(OVERSEER, ADMIN)),
            line("agencies/:agencyId/pledge", ids -> "agencies/" + ids.agencyId() + "/pledge",
                    EnumSet.of(TA_ASSIGNED, OVERSEER, ADMIN)),
            line("dashboard", ids -> "dashboard", SIGNED_IN),
            line("grants", ids -> "grants", SIGNED_IN),
            line("grants/:grantId", ids -> "grants/" + ids.grantId(), READS_AGENCY_A),
            line("progress-reports/:reportId", ids -> "progress-reports/" + ids.reportId(), READS_AGENCY_A),
            line("my-deliverables", ids -> "my-deliverables", EnumSet.of(TA_ASSIGNED, TA_UNASSIGNED)),
            line("ta-requests", ids -> "ta-requests", SIGNED_IN),
            line("reports", ids -> "reports", SIGNED_IN),
            line("jobs", ids -> "jobs", STAFF),
            line("api-tokens", ids -> "api-tokens", SIGNED_IN),
            line("account/notifications", ids -> "account/notifications", SIGNED_IN),
            line("admin/accounts", ids -> "admin/accounts", EnumSet.of(ADMIN)),
            line("admin/roster-import", ids -> "admin/roster-import", EnumSet.of(ADMIN)),
            line("admin/ta-assignments", ids -> "admin/ta-assignments", EnumSet.of(ADMIN)),
            line("admin/organizations", ids -> "admin/organizations", EnumSet.of(ADMIN)),
            line("admin/catalog", ids -> "admin/catalog", EnumSet.of(ADMIN)),
            // before sign-in: without a valid link the page says so (the link's secret is the access check)
            line("set-password", ids -> "set-password", EVERYONE),
            line("forgot-password", ids -> "forgot-password", EVERYONE));

    @Autowired UserRepository users;
    @Autowired PledgeService pledges;
    @Autowired GrantService grants;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void unassignedTaStaffExists() {
        RouteActor.createUnassignedTaStaff(users);
    }

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> discovered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> !TestFixtureRoutes.isTestFixture(route.getNavigationTarget()))
                .map(RouteData::getTemplate)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = ROUTES.stream().map(RouteLine::template).collect(Collectors.toCollection(TreeSet::new));
        assertThat(discovered).as("routes of the UI; add a new one to the route matrix with who may open it")
                .isEqualTo(listed);
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (RouteLine route : ROUTES) {
            for (RouteActor actor : RouteActor.values()) {
                cases.add(Arguments.of(route, actor, Records.A, route.allowed().contains(actor)));
            }
            if (route.takesIds()) {
                cases.add(Arguments.of(route, AGENCY_A, Records.B, false));
                cases.add(Arguments.of(route, AGENCY_A, Records.UNKNOWN, false));
                cases.add(Arguments.of(route, TA_ASSIGNED, Records.UNKNOWN, false));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} with {2}''s ids: allowed {3}")
    @MethodSource("cases")
    void routeLetsThroughExactlyItsActors(RouteLine route, RouteActor actor, Records records, boolean allowed) {
        (records == Records.A ? ROLE_CASES : TAMPERED_CASES).incrementAndGet();
        if (actor != ANONYMOUS) {
            signInAs(actor.username());
        }
        assertThat(opens(route, route.path().apply(ids(records)))).as(route + " as " + actor).isEqualTo(allowed);
    }

    @AfterAll
    static void printTheMatrixSize(@Autowired JdbcTemplate jdbc) {
        RouteActor.deleteUnassignedTaStaff(jdbc);
        System.out.printf("Authorization matrix (Vaadin routes): %d cases run (%d for every route x actor + "
                        + "%d tampered-id cases)%n", ROLE_CASES.get() + TAMPERED_CASES.get(),
                ROLE_CASES.get(), TAMPERED_CASES.get());
    }

    /** Whether navigating shows a view rather than a refusal (annotation, core or sign-in). */
    private static boolean opens(RouteLine route, String path) {
        try {
            UI.getCurrent().navigate(path);
        } catch (MockAccessDeniedException refusedByAnnotations) {
            return false;
        }
        Component view = UI.getCurrent().getCurrentView();
        boolean signInShown = view instanceof LoginView && !route.template().equals("login");
        return !(view instanceof AccessDeniedView) && !signInShown;
    }

    private Ids ids(Records records) {
        var admin = Users.signedIn(users, DemoAccounts.ADMIN);
        return switch (records) {
            case A -> agencyIds(DemoAccounts.WICHITA_AGENCY, grantLedBy(admin, "Wichita"));
            case B -> agencyIds(DemoAccounts.DAYTON_AGENCY, grantLedBy(admin, "Dayton"));
            case UNKNOWN -> new Ids(NO_SUCH_ID, NO_SUCH_ID, NO_SUCH_ID, NO_SUCH_ID);
        };
    }

    private Ids agencyIds(String agencyUsername, long grantId) {
        var agencyUser = Users.signedIn(users, agencyUsername);
        long agencyId = agencyUser.organizationId();
        long reportId = grants.reportSchedule(Users.signedIn(users, DemoAccounts.ADMIN), grantId).getFirst().id();
        return new Ids(Items.item(pledges, agencyUser, agencyId, 1).id(), agencyId, grantId, reportId);
    }

    private long grantLedBy(org.pledgetrack.core.security.CurrentUser admin, String city) {
        return grants.visibleGrants(admin).stream().filter(g -> g.leadAgencyName().startsWith(city))
                .findFirst().orElseThrow().id();
    }

    private static RouteLine line(String template, Function<Ids, String> path, Set<RouteActor> allowed) {
        return new RouteLine(template, path, allowed);
    }
}
