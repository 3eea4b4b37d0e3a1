package org.pledgetrack.ui.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.assignment.TaAssignmentService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.client.RestClient;

/**
 * A TA staff member's API token reads the agencies of their current assignments: an assignment shows
 * on the next request and an ended one is gone from it, the snapshot answers kept in memory included.
 */
// same configuration as ApiIntegrationTests, so both share one application context and database start
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaAssignmentApiIntegrationTests {

    private static final String PASSWORD = "granite-meadow-river-7";

    @LocalServerPort int port;
    @Autowired TaAssignmentService assignments;
    @Autowired ApiTokenService tokens;
    @Autowired PledgeService pledges;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired Clock clock;

    @Test
    void anAssignmentReachesTheApiOnTheNextRequestAndItsEndTakesTheAgencyAway() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        long providerId = Users.signedIn(users, DemoAccounts.TA_STAFF).organizationId();
        users.insert(new NewUser("api.ta", null, "Api Ta", "api.ta@example.org", Role.TA_STAFF, providerId),
                passwordEncoder.encode(PASSWORD), clock.instant());
        CurrentUser ta = Users.signedIn(users, "api.ta");
        String token = tokens.create(ta, PASSWORD, "assignment check", 30).secret();
        long wichita = Items.agencyId(pledges, admin, "KS0870300");

        assertThat(get("/api/v1/agencies", token)).contains("\"total\":0");
        assertThat(get("/api/v1/snapshots/agencies", token)).contains("\"total\":0");
        assertThat(get("/api/v1/agencies/" + wichita + "/pledge", token)).contains("\"status\":404");

        long periodId = assignments.assignAgency(admin, ta.id(), wichita);

        assertThat(get("/api/v1/agencies", token)).contains("Wichita Police Department").contains("\"total\":1");
        assertThat(get("/api/v1/snapshots/agencies", token)).as("not the empty answer kept in memory")
                .contains("Wichita Police Department").contains("\"total\":1");
        assertThat(get("/api/v1/agencies/" + wichita + "/pledge", token)).doesNotContain("\"status\":404");

        assignments.endAssignment(admin, periodId);

        assertThat(get("/api/v1/agencies", token)).doesNotContain("Wichita").contains("\"total\":0");
        assertThat(get("/api/v1/snapshots/agencies", token)).doesNotContain("Wichita").contains("\"total\":0");
        assertThat(get("/api/v1/agencies/" + wichita + "/pledge", token)).contains("\"status\":404");
    }

    private String get(String path, String token) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(h -> h.setBearerAuth(token))
                .exchange((request, response) -> new String(response.getBody().readAllBytes()));
    }
}
