package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CampaignRecognitionIntegrationTests {

    @Autowired PledgeService pledges;
    @Autowired UserRepository users;
    @Autowired AuditLog audit;
    @Autowired Clock clock;

    CurrentUser user(String name) {
        return Users.signedIn(users, name);
    }

    @Test
    void overseerRecognizesWichitaAndTheAgencySeesItOnItsPledge() {
        CurrentUser overseer = user(DemoAccounts.OVERSEER);
        CurrentUser wichitaUser = user(DemoAccounts.WICHITA_AGENCY);
        long wichita = wichitaUser.organizationId();
        PledgeOverview before = pledges.overview(overseer, wichita).orElseThrow();
        assertThat(before.recognizedOn()).isNull();
        assertThat(before.committedInEveryArea()).isTrue();
        LocalDate recognizedOn = LocalDate.now(clock).minusDays(3);

        pledges.recordRecognition(overseer, before.pledgeId(), before.version(), recognizedOn);

        PledgeOverview seenByAgency = pledges.overview(wichitaUser, wichita).orElseThrow();
        assertThat(seenByAgency.recognizedOn()).isEqualTo(recognizedOn);
        assertThat(seenByAgency.status()).isEqualTo(PledgeStatus.ACTIVE);
        assertThat(seenByAgency.certificateOn()).isNull();
        AuditEntry recorded = audit.lastChangeOf(PledgeService.ENTITY, before.pledgeId()).orElseThrow();
        assertThat(recorded.field()).isEqualTo("recognizedOn");
        assertThat(recorded.newValue()).isEqualTo(recognizedOn.toString());
        assertThat(recorded.actorName()).isEqualTo("Olive Overseer (demo)");
        assertThatThrownBy(() -> pledges.recordRecognition(overseer, seenByAgency.pledgeId(), seenByAgency.version(),
                recognizedOn)).isInstanceOf(IllegalStateException.class).hasMessageContaining("already recognized");
    }

    @Test
    void onlyOverseersRecordRecognitionAndCompletion() {
        CurrentUser ta = user(DemoAccounts.TA_STAFF);
        CurrentUser admin = user(DemoAccounts.ADMIN);
        PledgeOverview dayton = pledges.overview(ta, Items.agencyId(pledges, ta, "OH0570200")).orElseThrow();
        LocalDate today = LocalDate.now(clock);

        for (CurrentUser notIacp : new CurrentUser[] {ta, admin, user(DemoAccounts.DAYTON_AGENCY)}) {
            assertThatThrownBy(() -> pledges.recordRecognition(notIacp, dayton.pledgeId(), dayton.version(), today))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> pledges.recordCompletion(notIacp, dayton.pledgeId(), dayton.version(), today))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(pledges.canRecordRecognition(notIacp)).isFalse();
        }
        assertThat(pledges.canRecordRecognition(user(DemoAccounts.OVERSEER))).isTrue();
    }

    @Test
    void theCertificateOfCompletionNeedsEveryItemVerifiedAndADateUpToToday() {
        CurrentUser overseer = user(DemoAccounts.OVERSEER);
        PledgeOverview madison = pledges.overview(overseer, Items.agencyId(pledges, overseer, "WI0130100"))
                .orElseThrow();
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> pledges.recordCompletion(overseer, madison.pledgeId(), madison.version(), today))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("items are verified");
        assertThatThrownBy(() -> pledges.recordRecognition(overseer, madison.pledgeId(), madison.version(),
                today.plusDays(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> pledges.recordRecognition(overseer, madison.pledgeId(), madison.version(),
                madison.signedOn().minusDays(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the pledge was signed");
    }

    @Test
    void theDemoHasOneCompletedRecognizedAgencyWithItsCertificate() {
        CurrentUser overseer = user(DemoAccounts.OVERSEER);
        PledgeOverview columbus = pledges.overview(overseer, Items.agencyId(pledges, overseer, "OHCOP0000"))
                .orElseThrow();

        assertThat(columbus.status()).isEqualTo(PledgeStatus.COMPLETED);
        assertThat(columbus.allVerified()).isTrue();
        assertThat(columbus.certificateOn()).isNotNull();
        assertThat(columbus.recognizedOn()).isEqualTo(LocalDate.of(2023, 7, 10));
        assertThatThrownBy(() -> pledges.recordCompletion(overseer, columbus.pledgeId(), columbus.version(),
                LocalDate.now(clock))).isInstanceOf(IllegalStateException.class).hasMessageContaining("already recorded");
    }
}
