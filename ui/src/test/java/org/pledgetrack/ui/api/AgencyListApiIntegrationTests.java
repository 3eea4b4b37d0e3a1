package org.pledgetrack.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.PortfolioQuery;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live agency list of the API, whose pages are kept in memory, over real HTTP against the real
 * database: each user still reads only the agencies they may, asked again and again, and every answer
 * is what the agency lists on screen compute at that moment, a change included at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgencyListApiIntegrationTests {

    private static final String FIRST_PAGE = "/api/v1/agencies?page=0&size=100";

    @LocalServerPort int port;
    @Autowired ApiTokenService tokens;
    @Autowired UserRepository users;
    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    @Test
    void everyUserReadsOnlyTheAgenciesTheyMayAskedAgainAndAgain() {
        for (int round = 0; round < 2; round++) {
            for (String username : List.of(DemoAccounts.WICHITA_AGENCY, DemoAccounts.DAYTON_AGENCY,
                    DemoAccounts.TA_STAFF, DemoAccounts.OVERSEER)) {
                CurrentUser user = Users.signedIn(users, username);
                String secret = tokens.create(user, DemoAccounts.PASSWORD, "scope " + round, 30).secret();

                assertThat(get(FIRST_PAGE, secret)).as(username + ", round " + round).isEqualTo(onScreen(user));
            }
        }
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        String own = get(FIRST_PAGE, tokens.create(wichita, DemoAccounts.PASSWORD, "own", 30).secret());
        assertThat(own).contains("Wichita Police Department").doesNotContain("Dayton").contains("\"total\":1");
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        int assigned = jdbc.queryForObject("SELECT COUNT(*) FROM ta_agency_assignment WHERE user_id = ?",
                Integer.class, ta.id());
        assertThat(get(FIRST_PAGE, tokens.create(ta, DemoAccounts.PASSWORD, "ta", 30).secret()))
                .contains("\"total\":" + assigned);
    }

    @Test
    void aPledgePastItsDeadlineSaysSoInTheJson() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        String secret = tokens.create(overseer, DemoAccounts.PASSWORD, "past deadline", 30).secret();

        var durham = json.readTree(get(FIRST_PAGE, secret)).get("items").valueStream()
                .filter(agency -> agency.get("ori").asString().equals("NC0320100")).findFirst().orElseThrow();

        // signed 2022-10-03, 14 of 25 items verified: its 36 months are over
        assertThat(durham.get("scheduleStatus").asString()).isEqualTo("PAST_DEADLINE");
    }

    @Test
    void aChangeShowsInTheNextAnswer() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        String secret = tokens.create(overseer, DemoAccounts.PASSWORD, "change", 30).secret();
        String before = get(FIRST_PAGE, secret);
        assertThat(get(FIRST_PAGE, secret)).isEqualTo(before);

        Map<String, Object> item = jdbc.queryForMap("SELECT i.id, i.version FROM pledge_item i JOIN pledge p "
                + "ON p.id = i.pledge_id WHERE p.agency_id = ? AND i.status = 'NOT_STARTED' ORDER BY i.id LIMIT 1",
                wichita.organizationId());
        items.changeStatus(wichita, ((Number) item.get("id")).longValue(), ((Number) item.get("version")).intValue(),
                ItemStatus.IN_PROGRESS, null);

        String after = get(FIRST_PAGE, secret);
        assertThat(after).isNotEqualTo(before).isEqualTo(onScreen(overseer));

        // a comment writes no history row, only the agency's latest activity
        items.addComment(wichita, ((Number) item.get("id")).longValue(), "Started on the policy draft.");
        assertThat(get(FIRST_PAGE, secret)).isNotEqualTo(after).isEqualTo(onScreen(overseer));
    }

    /** The first page as the agency lists on screen compute it now, in the API's JSON. */
    private String onScreen(CurrentUser user) {
        PortfolioQuery query = new PortfolioQuery(null, null, PortfolioQuery.Sort.AGENCY, true, 0, 100);
        List<AgencyProgress> rows = pledges.agencyProgress(user, query);
        return json.writeValueAsString(new PageResponse<>(rows, 0, 100, pledges.countAgencies(user, query)));
    }

    private String get(String path, String token) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(h -> h.setBearerAuth(token))
                .retrieve().body(String.class);
    }
}
