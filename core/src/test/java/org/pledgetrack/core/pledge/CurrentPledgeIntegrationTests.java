package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which pledge the live pages show for an agency with several: the latest signed on or before
 * today, whatever order they were entered in, as the status job picks it. Works on Burlington,
 * which has no demo pledge; every test is rolled back.
 */
@SpringBootTest
@Transactional
class CurrentPledgeIntegrationTests {

    @Autowired PledgeService pledges;
    @Autowired PledgeRepository pledgeRows;
    @Autowired CatalogService catalog;
    @Autowired UserRepository users;
    @Autowired Clock clock;

    @Test
    void theLaterSignedPledgeIsCurrentEvenWhenEnteredFirst() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        long burlington = Items.agencyId(pledges, overseer, "VT0040100");
        long laterSigned = pledge(burlington, LocalDate.of(2025, 9, 1));
        pledge(burlington, LocalDate.of(2024, 4, 1));
        pledge(burlington, LocalDate.now(clock).plusDays(10));

        assertThat(pledges.overview(overseer, burlington).orElseThrow().pledgeId()).isEqualTo(laterSigned);
        AgencyProgress line = line(overseer, burlington);
        assertThat(line.pledgeId()).isEqualTo(laterSigned);
        assertThat(line.signedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(line.scheduleStatus()).isNotNull();
    }

    @Test
    void theAgencyListSortsByTheSamePledgeItShows() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        long burlington = Items.agencyId(pledges, overseer, "VT0040100");
        // entered in this order, the older pledge has the higher id
        pledge(burlington, LocalDate.of(2025, 9, 1));
        pledge(burlington, LocalDate.of(2022, 1, 10));

        List<AgencyProgress> youngestFirst = pledges.agencyProgress(overseer,
                new PortfolioQuery(null, null, PortfolioQuery.Sort.PLEDGE_AGE, true, 0, Integer.MAX_VALUE));
        assertThat(youngestFirst).filteredOn(row -> row.signedOn() != null).extracting(AgencyProgress::signedOn)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(line(overseer, burlington).signedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void aWithdrawnCurrentPledgeHasNoScheduleStatusAndNoOlderPledgeTakesItsPlace() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        long burlington = Items.agencyId(pledges, overseer, "VT0040100");
        pledge(burlington, LocalDate.of(2023, 5, 1));
        long withdrawn = pledge(burlington, LocalDate.of(2025, 1, 10));
        pledgeRows.updateStatus(withdrawn, PledgeStatus.WITHDRAWN, "New chief.", Instant.now(clock));

        PledgeOverview overview = pledges.overview(overseer, burlington).orElseThrow();
        assertThat(overview.pledgeId()).isEqualTo(withdrawn);
        assertThat(overview.status()).isEqualTo(PledgeStatus.WITHDRAWN);
        assertThat(overview.scheduleStatus()).isNull();
        AgencyProgress line = line(overseer, burlington);
        assertThat(line.pledgeId()).isEqualTo(withdrawn);
        assertThat(line.scheduleStatus()).isNull();
    }

    @Test
    void aPledgeSignedAfterTodayIsNotYetCurrent() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        long burlington = Items.agencyId(pledges, overseer, "VT0040100");
        pledge(burlington, LocalDate.now(clock).plusDays(1));

        assertThat(pledges.overview(overseer, burlington)).isEmpty();
        assertThat(line(overseer, burlington).pledgeId()).isNull();
    }

    @Test
    void aNewPledgeCannotBeSignedBeforeThePreviousOneSoItAlwaysBecomesCurrent() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        long burlington = Items.agencyId(pledges, admin, "VT0040100");
        long withdrawn = pledge(burlington, LocalDate.of(2025, 6, 1));
        pledgeRows.updateStatus(withdrawn, PledgeStatus.WITHDRAWN, "New chief.", Instant.now(clock));
        long edition = catalog.currentVersion().id();

        assertThatThrownBy(() -> pledges.startPledge(admin, burlington, edition, LocalDate.of(2025, 5, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The signed date cannot be before 2025-06-01, when the agency signed its previous pledge.");
        long again = pledges.startPledge(admin, burlington, edition, LocalDate.of(2025, 6, 1));
        assertThat(pledges.overview(admin, burlington).orElseThrow().pledgeId()).isEqualTo(again);
    }

    private long pledge(long agencyId, LocalDate signedOn) {
        return pledgeRows.insertPledge(agencyId, catalog.currentVersion().id(), signedOn, null, Instant.now(clock));
    }

    private AgencyProgress line(CurrentUser reader, long agencyId) {
        return pledges.agencyProgress(reader).stream().filter(row -> row.agencyId() == agencyId)
                .findFirst().orElseThrow();
    }
}
