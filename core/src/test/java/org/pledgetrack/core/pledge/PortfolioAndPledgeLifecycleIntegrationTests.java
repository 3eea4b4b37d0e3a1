package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PortfolioAndPledgeLifecycleIntegrationTests {

    @Autowired PledgeService pledges;
    @Autowired UserRepository users;

    CurrentUser user(String name) {
        return Users.signedIn(users, name);
    }

    @Test
    void portfolioIsPagedFilteredAndSortedInTheDatabase() {
        CurrentUser ta = user(DemoAccounts.TA_STAFF);
        PortfolioQuery all = PortfolioQuery.all();
        assertThat(pledges.countAgencies(ta, all)).isEqualTo(5);

        var page = new PortfolioQuery(null, null, PortfolioQuery.Sort.AGENCY, true, 1, 2);
        List<AgencyProgress> second = pledges.agencyProgress(ta, page);
        List<AgencyProgress> everything = pledges.agencyProgress(ta, all);
        assertThat(second).hasSize(2).extracting(AgencyProgress::agencyName)
                .containsExactly(everything.get(1).agencyName(), everything.get(2).agencyName());

        var wichitaOnly = new PortfolioQuery("wichita", null, PortfolioQuery.Sort.AGENCY, true, 0, 50);
        assertThat(pledges.countAgencies(ta, wichitaOnly)).isEqualTo(1);
        assertThat(pledges.agencyProgress(ta, new PortfolioQuery("OH0570200", null, PortfolioQuery.Sort.AGENCY,
                true, 0, 50))).extracting(AgencyProgress::agencyName).containsExactly("Dayton Police Department");

        var byVerified = new PortfolioQuery(null, null, PortfolioQuery.Sort.VERIFIED, false, 0, 50);
        assertThat(pledges.agencyProgress(ta, byVerified)).extracting(AgencyProgress::percentVerified)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        var byAge = new PortfolioQuery(null, null, PortfolioQuery.Sort.PLEDGE_AGE, false, 0, 50);
        assertThat(pledges.agencyProgress(ta, byAge)).filteredOn(r -> r.pledgeId() != null)
                .extracting(AgencyProgress::pledgeAgeMonths).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void portfolioLinesCarryScheduleAndFocusAreaProgress() {
        CurrentUser overseer = user(DemoAccounts.OVERSEER);
        var kansas = new PortfolioQuery(null, "ks", PortfolioQuery.Sort.AGENCY, true, 0, 50);
        List<AgencyProgress> rows = pledges.agencyProgress(overseer, kansas);
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.state()).isEqualTo("KS"));
        AgencyProgress wichita = rows.stream().filter(r -> r.agencyName().startsWith("Wichita Police"))
                .findFirst().orElseThrow();
        assertThat(wichita.areas()).hasSize(6);
        assertThat(wichita.areas().stream().mapToInt(AgencyProgress.AreaShare::total).sum()).isEqualTo(25);
        assertThat(wichita.scheduleStatus()).isNotNull();
        assertThat(wichita.expectedPercent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }

    @Test
    void pledgeIsWithdrawnWithAReasonAndLockedByVersion() {
        CurrentUser admin = user(DemoAccounts.ADMIN);
        long albuquerque = Items.agencyId(pledges, admin, "NM0010100");
        PledgeOverview overview = pledges.overview(admin, albuquerque).orElseThrow();

        assertThatThrownBy(() -> pledges.withdraw(admin, overview.pledgeId(), overview.version(), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pledges.withdraw(user(DemoAccounts.OVERSEER), overview.pledgeId(),
                overview.version(), "x")).isInstanceOf(AccessDeniedException.class);

        pledges.withdraw(admin, overview.pledgeId(), overview.version(), "New chief re-evaluates the campaign.");
        PledgeOverview withdrawn = pledges.overview(admin, albuquerque).orElseThrow();
        assertThat(withdrawn.status()).isEqualTo(PledgeStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawnReason()).isEqualTo("New chief re-evaluates the campaign.");
        assertThatThrownBy(() -> pledges.withdraw(admin, overview.pledgeId(), overview.version(), "again"))
                .isInstanceOf(EditConflictException.class).hasMessageContaining("Avery Admin");
    }

    @Test
    void taStaffCannotManageAnUnassignedAgencysPledge() {
        CurrentUser overseer = user(DemoAccounts.OVERSEER);
        long madisonPledge = pledges.overview(overseer, Items.agencyId(pledges, overseer, "WI0130100"))
                .orElseThrow().pledgeId();
        assertThatThrownBy(() -> pledges.withdraw(user(DemoAccounts.TA_STAFF), madisonPledge, 0, "reason"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pledges.withdraw(user(DemoAccounts.TA_STAFF), 987_654L, 0, "reason"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
