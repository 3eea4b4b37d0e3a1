package org.pledgetrack.core.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgetrack.db.Tables.BCJI_GRANT;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;

@GrantsIntegrationTest
class GrantPartnerServiceIntegrationTests {

    @Autowired GrantPartnerService partners;
    @Autowired GrantService grants;
    @Autowired GrantRepository grantRepository;
    @Autowired UserRepository users;
    @Autowired AuditLog audit;
    @Autowired DSLContext dsl;
    @Autowired MutableClock clock;

    CurrentUser wichita;
    CurrentUser dayton;
    CurrentUser overseer;
    CurrentUser ta;
    long grantId;

    @BeforeEach
    void setUp() {
        wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        grantId = grantRepository.insertGrant(new NewGrant("PARTNERS-TEST", "Partner test grant",
                wichita.organizationId(), wichita.organizationId(), "Test site", new BigDecimal("1.00"), null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)), clock.instant());
    }

    @AfterEach
    void deleteGrant() {
        dsl.deleteFrom(BCJI_GRANT).where(BCJI_GRANT.ID.eq(grantId)).execute();
    }

    @Test
    void theGranteeRecordsPartnersInRolesWithContactsAndOneOrganizationMayHoldTwoRoles() {
        long university = candidate("University of Dayton Business Research Group");
        partners.addPartner(wichita, grantId, new NewPartner(university, PartnerRole.RESEARCH_PARTNER, null,
                " Dr. Robin Research ", "robin@example.org"));
        partners.addPartner(overseer, grantId, new NewPartner(wichita.organizationId(), PartnerRole.LAW_ENFORCEMENT,
                null, null, null));
        partners.addPartner(wichita, grantId, new NewPartner(wichita.organizationId(), PartnerRole.OTHER,
                "Housing outreach partner", null, null));

        assertThat(grants.grant(overseer, grantId).partners()).extracting(GrantDetail.Partner::name,
                GrantDetail.Partner::kind, GrantDetail.Partner::role, GrantDetail.Partner::contactName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("University of Dayton Business Research Group",
                                PartnerRole.RESEARCH_PARTNER, "Research partner", "Dr. Robin Research"),
                        org.assertj.core.groups.Tuple.tuple("Wichita Police Department", PartnerRole.LAW_ENFORCEMENT,
                                "Law enforcement partner", null),
                        org.assertj.core.groups.Tuple.tuple("Wichita Police Department", PartnerRole.OTHER,
                                "Housing outreach partner", null));

        partners.removePartner(wichita, grantId, wichita.organizationId(), PartnerRole.OTHER);
        assertThat(grants.grant(overseer, grantId).partners()).hasSize(2);
        assertThat(audit.historyOf(GrantPartnerService.ENTITY, grantId)).extracting(AuditEntry::oldValue,
                AuditEntry::newValue).contains(
                org.assertj.core.groups.Tuple.tuple(null, "University of Dayton Business Research Group (Research partner)"),
                org.assertj.core.groups.Tuple.tuple("Wichita Police Department (Housing outreach partner)", null));
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsAdded() {
        long university = candidate("University of Dayton Business Research Group");
        assertThatThrownBy(() -> partners.addPartner(wichita, grantId, new NewPartner(null, PartnerRole.OTHER, "x",
                null, null))).hasMessage("Choose the partner organization.");
        assertThatThrownBy(() -> partners.addPartner(wichita, grantId, new NewPartner(university, null, null,
                null, null))).hasMessage("Choose the partner's role.");
        assertThatThrownBy(() -> partners.addPartner(wichita, grantId, new NewPartner(university, PartnerRole.OTHER,
                " ", null, null))).hasMessageContaining("Say what the partner does");
        assertThatThrownBy(() -> partners.addPartner(wichita, grantId, new NewPartner(university,
                PartnerRole.FISCAL_AGENT, null, null, "not-an-address"))).hasMessageContaining("e-mail");
        partners.addPartner(wichita, grantId, new NewPartner(university, PartnerRole.FISCAL_AGENT, null, null, null));
        assertThatThrownBy(() -> partners.addPartner(wichita, grantId, new NewPartner(university,
                PartnerRole.FISCAL_AGENT, null, null, null))).hasMessageContaining("already is the grant's fiscal agent");
        assertThat(grants.grant(overseer, grantId).partners()).hasSize(1);
    }

    @Test
    void taStaffAndOtherAgenciesCannotChangePartners() {
        NewPartner partner = new NewPartner(wichita.organizationId(), PartnerRole.SITE_COORDINATOR, null, null, null);
        assertThatThrownBy(() -> partners.addPartner(dayton, grantId, partner)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partners.addPartner(ta, grantId, partner)).isInstanceOf(AccessDeniedException.class);
        assertThat(partners.canEditPartners(ta, grantId)).isFalse();
        assertThat(partners.canEditPartners(wichita, grantId)).isTrue();
    }

    private long candidate(String name) {
        return partners.partnerCandidates(overseer, grantId).stream().filter(o -> o.name().equals(name))
                .findFirst().orElseThrow().id();
    }
}
