package org.pledgetrack.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.agency.OrganizationRepository;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.security.UserAccount;
import org.pledgetrack.core.security.UserRepository;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DemoDataIntegrationTests {

    @Autowired CatalogService catalog;
    @Autowired OrganizationRepository organizations;
    @Autowired UserRepository userRepository;
    @Autowired UserService users;
    @Autowired GrantService grants;
    @Autowired DeliverableService deliverables;
    @Autowired DemoData demoData;

    @Test
    void catalogHasSixFocusAreasAndTwentyFiveItems() {
        CatalogVersion version = catalog.currentVersion();
        assertThat(version.focusAreas()).extracting(a -> a.name()).containsExactly(
                "Bias-Free Policing", "Use of Force", "Leadership and Culture",
                "Recruitment, Hiring, and Retention", "Victim Services", "Community Relations");
        assertThat(version.items()).hasSize(25);
        assertThat(version.items()).extracting(i -> i.number()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList());
        version.focusAreas().forEach(area -> assertThat(version.itemsOf(area)).isNotEmpty());
    }

    @Test
    void demoAccountsExistOnePerRole() {
        var admin = Users.signedIn(userRepository, DemoAccounts.ADMIN);
        assertThat(users.listAccounts(admin))
                .extracting(UserAccount::username, UserAccount::role)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(DemoAccounts.WICHITA_AGENCY, Role.AGENCY),
                        org.assertj.core.groups.Tuple.tuple(DemoAccounts.DAYTON_AGENCY, Role.AGENCY),
                        org.assertj.core.groups.Tuple.tuple(DemoAccounts.TA_STAFF, Role.TA_STAFF),
                        org.assertj.core.groups.Tuple.tuple(DemoAccounts.OVERSEER, Role.OVERSEER),
                        org.assertj.core.groups.Tuple.tuple(DemoAccounts.ADMIN, Role.ADMIN));
        assertThat(userRepository.findByUsername(DemoAccounts.WICHITA_AGENCY).orElseThrow().organizationName())
                .isEqualTo("Wichita Police Department");
        assertThat(userRepository.findByUsername(DemoAccounts.DAYTON_AGENCY).orElseThrow().organizationName())
                .isEqualTo("Dayton Police Department");
    }

    @Test
    void agenciesGrantAndPartnersAreLoaded() {
        assertThat(organizations.countByKind(OrganizationKind.AGENCY)).isEqualTo(12);
        assertThat(organizations.countByKind(OrganizationKind.TA_PROVIDER)).isEqualTo(1);
        assertThat(organizations.countByKind(OrganizationKind.OVERSEER)).isEqualTo(1);
        var overseer = Users.signedIn(userRepository, DemoAccounts.OVERSEER);
        var grant = grants.visibleGrants(overseer).stream()
                .filter(g -> g.awardNumber().equals("15PBJA-23-GG-04182-BCJI")).findFirst().orElseThrow();
        assertThat(grant.siteName()).contains("Wichita");
        assertThat(grant.leadAgencyName()).isEqualTo("Wichita Police Department");
        // other tests may plan more deliverables in a shared database; the seeded five must be there
        assertThat(deliverables.deliverablesOf(overseer, grant.id())).extracting(Deliverable::title).contains(
                "Relationship-based policing course", "Planning-phase site visit", "Implementation plan review",
                "Trauma-informed response for patrol", "Peer exchange with Dayton PD outreach unit");
    }

    @Test
    void loadingTwiceChangesNothing() {
        assertThat(demoData.loadIfEmpty()).isFalse();
        assertThat(organizations.countByKind(OrganizationKind.AGENCY)).isEqualTo(12);
    }
}
