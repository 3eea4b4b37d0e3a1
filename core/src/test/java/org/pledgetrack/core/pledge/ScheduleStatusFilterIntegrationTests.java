package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The agency list filtered by schedule status: the schedule rule's answer, paged and counted alike. */
@SpringBootTest
class ScheduleStatusFilterIntegrationTests {

    @Autowired PledgeService pledges;
    @Autowired UserRepository users;

    @Test
    void eachScheduleStatusListsExactlyTheAgenciesTheRuleGivesIt() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        List<AgencyProgress> all = pledges.agencyProgress(overseer, PortfolioQuery.all());
        int listed = 0;
        for (ScheduleStatus status : ScheduleStatus.values()) {
            PortfolioQuery query = new PortfolioQuery(null, null, PortfolioQuery.Sort.AGENCY, true, 0, 100, status);
            List<AgencyProgress> rows = pledges.agencyProgress(overseer, query);
            List<Long> expected = all.stream().filter(row -> row.scheduleStatus() == status)
                    .map(AgencyProgress::agencyId).toList();
            assertThat(rows).extracting(AgencyProgress::agencyId).as(status.name()).containsExactlyElementsOf(expected);
            assertThat(pledges.countAgencies(overseer, query)).isEqualTo(expected.size());
            listed += expected.size();
        }
        assertThat(listed).as("agencies with a schedule").isPositive().isLessThanOrEqualTo(all.size());
    }

    @Test
    void scheduleFilterPagesInTheChosenOrderAndCombinesWithTheState() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        ScheduleStatus mostCommon = ScheduleStatus.ON_TRACK;
        long best = -1;
        for (ScheduleStatus status : ScheduleStatus.values()) {
            long count = pledges.countAgencies(overseer, new PortfolioQuery(null, null, PortfolioQuery.Sort.AGENCY, true,
                    0, 100, status));
            if (count > best) {
                best = count;
                mostCommon = status;
            }
        }
        assertThat(best).isGreaterThanOrEqualTo(2);
        List<AgencyProgress> byName = pledges.agencyProgress(overseer,
                new PortfolioQuery(null, null, PortfolioQuery.Sort.AGENCY, false, 0, 100, mostCommon));
        List<AgencyProgress> secondOnward = pledges.agencyProgress(overseer,
                new PortfolioQuery(null, null, PortfolioQuery.Sort.AGENCY, false, 1, 1, mostCommon));
        assertThat(byName).extracting(AgencyProgress::agencyName).isSortedAccordingTo(
                String.CASE_INSENSITIVE_ORDER.reversed());
        assertThat(secondOnward).containsExactly(byName.get(1));

        String state = byName.getFirst().state();
        List<AgencyProgress> inState = pledges.agencyProgress(overseer,
                new PortfolioQuery(null, state, PortfolioQuery.Sort.AGENCY, true, 0, 100, mostCommon));
        assertThat(inState).isNotEmpty().allSatisfy(row -> {
            assertThat(row.state()).isEqualTo(state);
            assertThat(row.scheduleStatus()).isEqualTo(byName.getFirst().scheduleStatus());
        });
    }
}
