package org.pledgetrack.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.security.Role;

class RoleOrganizationRuleTests {

    @Test
    void taStaffBelongToATaProviderOnly() {
        assertThat(RoleOrganizationRule.problem(Role.TA_STAFF, OrganizationKind.TA_PROVIDER)).isEmpty();
        assertThat(RoleOrganizationRule.problem(Role.TA_STAFF, OrganizationKind.AGENCY)).get().asString()
                .contains("TA provider");
        assertThat(RoleOrganizationRule.problem(Role.TA_STAFF, OrganizationKind.PARTNER)).isPresent();
    }

    @Test
    void agencyUsersBelongToAnAgencyOnly() {
        assertThat(RoleOrganizationRule.fits(Role.AGENCY, OrganizationKind.AGENCY)).isTrue();
        assertThat(RoleOrganizationRule.fits(Role.AGENCY, OrganizationKind.PARTNER)).isFalse();
        assertThat(RoleOrganizationRule.fits(Role.AGENCY, OrganizationKind.TA_PROVIDER)).isFalse();
    }

    @Test
    void overseersBelongToTheOverseeingOrFundingOrganizationAndAdminsToTheOverseeingOne() {
        assertThat(RoleOrganizationRule.fits(Role.OVERSEER, OrganizationKind.OVERSEER)).isTrue();
        assertThat(RoleOrganizationRule.fits(Role.OVERSEER, OrganizationKind.FUNDER)).isTrue();
        assertThat(RoleOrganizationRule.fits(Role.ADMIN, OrganizationKind.OVERSEER)).isTrue();
        assertThat(RoleOrganizationRule.fits(Role.ADMIN, OrganizationKind.FUNDER)).isFalse();
    }
}
