package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.agency.Agency;
import org.pledgetrack.core.agency.AgencyService;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PledgeServiceIntegrationTests {

    @Autowired PledgeService pledges;
    @Autowired AgencyService agencies;
    @Autowired CatalogService catalog;
    @Autowired UserRepository users;
    @Autowired AuditLog audit;

    @Test
    void agencySeesItsOwnPledgeWithProgressPerFocusArea() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        PledgeOverview overview = pledges.overview(wichita, wichita.organizationId()).orElseThrow();

        assertThat(overview.agencyName()).isEqualTo("Wichita Police Department");
        assertThat(overview.targetOn()).isEqualTo(overview.signedOn().plusMonths(36));
        assertThat(overview.areas()).hasSize(6);
        assertThat(overview.totals().total()).isEqualTo(25);
        assertThat(overview.totals().of(ItemStatus.VERIFIED)).isEqualTo(9);
        assertThat(overview.areas().stream().mapToInt(a -> a.counts().total()).sum()).isEqualTo(25);
    }

    @Test
    void agencyCannotReadAnotherAgencysPledge() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        long dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY).organizationId();
        assertThatThrownBy(() -> pledges.overview(wichita, dayton)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unknownAgencyIsRefusedExactlyLikeAnotherAgencysEvenForAnOverseer() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        long dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY).organizationId();
        String refusal = "You do not have access to this information.";
        assertThatThrownBy(() -> pledges.overview(wichita, dayton)).isInstanceOf(AccessDeniedException.class)
                .hasMessage(refusal);
        assertThatThrownBy(() -> pledges.overview(wichita, 999_999_999L)).isInstanceOf(AccessDeniedException.class)
                .hasMessage(refusal);
        assertThatThrownBy(() -> pledges.overview(Users.signedIn(users, DemoAccounts.OVERSEER), 999_999_999L))
                .as("an unknown id, not 'There is no agency with id ...'")
                .isInstanceOf(AccessDeniedException.class).hasMessage(refusal);
    }

    @Test
    void taStaffSeesOnlyAssignedAgencies() {
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        assertThat(pledges.agencyProgress(ta)).extracting(AgencyProgress::agencyName)
                .contains("Wichita Police Department", "Dayton Police Department")
                .doesNotContain("Madison Police Department")
                .hasSize(5);
        long madison = agencies.visibleAgencies(Users.signedIn(users, DemoAccounts.OVERSEER)).stream()
                .filter(a -> a.name().startsWith("Madison")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> pledges.overview(ta, madison)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overseerSeesEveryAgencyIncludingThoseWithoutPledge() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        var rows = pledges.agencyProgress(overseer);
        assertThat(rows).hasSize(12);
        assertThat(rows).filteredOn(r -> r.pledgeId() == null).extracting(AgencyProgress::agencyName)
                .contains("Burlington Police Department");
    }

    @Test
    void adminStartsAPledgeWithAllItemsNotStartedAndItIsAudited() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        Agency kuPolice = agencies.visibleAgencies(admin).stream()
                .filter(a -> a.ori().equals("KS0230200")).findFirst().orElseThrow();
        long pledgeId = pledges.startPledge(admin, kuPolice.id(), catalog.currentVersion().id(),
                LocalDate.of(2026, 1, 15));

        PledgeOverview overview = pledges.overview(admin, kuPolice.id()).orElseThrow();
        assertThat(overview.pledgeId()).isEqualTo(pledgeId);
        assertThat(overview.targetOn()).isEqualTo(LocalDate.of(2029, 1, 15));
        assertThat(overview.totals().of(ItemStatus.NOT_STARTED)).isEqualTo(25);
        assertThat(audit.historyOf(PledgeService.ENTITY, pledgeId)).singleElement()
                .satisfies(e -> assertThat(e.actorName()).isEqualTo("Avery Admin (demo)"));

        assertThatThrownBy(() -> pledges.startPledge(admin, kuPolice.id(), catalog.currentVersion().id(),
                LocalDate.of(2026, 2, 1))).isInstanceOf(IllegalStateException.class).hasMessageContaining("already");
    }

    @Test
    void agencyCannotStartAPledge() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        assertThatThrownBy(() -> pledges.startPledge(wichita, wichita.organizationId(),
                catalog.currentVersion().id(), LocalDate.of(2026, 1, 1))).isInstanceOf(AccessDeniedException.class);
    }
}
