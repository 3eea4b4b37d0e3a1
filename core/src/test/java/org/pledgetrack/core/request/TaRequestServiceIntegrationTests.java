package org.pledgetrack.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.DeliverablePlan;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.grant.DeliveryRecord;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.DemoGrants;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;

@GrantsIntegrationTest
class TaRequestServiceIntegrationTests {

    @Autowired TaRequestService requests;
    @Autowired DeliverableService deliverables;
    @Autowired GrantService grants;
    @Autowired UserRepository users;
    @Autowired MutableClock clock;

    CurrentUser ta;
    CurrentUser wichita;
    CurrentUser dayton;
    GrantDetail grant;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 11, 2));
        ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        grant = grants.grant(ta, DemoGrants.wichitaCurrent(grants, ta).id());
    }

    @Test
    void requestGoesFromSubmittedToADeliveredDeliverableWithItsResponseTimesRecorded() {
        long id = requests.submit(wichita, new NewTaRequest(grant.summary().id(), "De-escalation for outreach pairs",
                null, null, "Officers and caseworkers want a joint session.", Urgency.HIGH));
        assertThat(requests.request(wichita, id).status()).isEqualTo(TaRequestStatus.SUBMITTED);

        clock.advanceSeconds(26 * 3600);
        long deliverableId = requests.accept(ta, id, 0, grant.summary().id(), new DeliverablePlan(
                DeliverableType.REQUEST_RESPONSE, "Joint de-escalation session", null,
                grant.providers().getFirst().id(), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 10),
                Set.of(), Set.of()));
        TaRequest accepted = requests.request(wichita, id);
        assertThat(accepted.status()).isEqualTo(TaRequestStatus.ACCEPTED);
        assertThat(accepted.firstResponseTime()).isEqualTo(Duration.ofHours(26));
        assertThat(accepted.deliverableId()).isEqualTo(deliverableId);
        assertThat(accepted.timeToDelivery()).isNull();

        clock.setDate(LocalDate.of(2026, 11, 12));
        deliverables.recordDelivery(ta, deliverableId, 0,
                new DeliveryRecord(LocalDate.of(2026, 11, 11), new BigDecimal("3"), 16, new BigDecimal("4.8"), null));
        TaRequest delivered = requests.request(wichita, id);
        assertThat(delivered.status()).isEqualTo(TaRequestStatus.DELIVERED);
        assertThat(delivered.timeToDelivery()).isEqualTo(Duration.ofDays(10));
        assertThat(delivered.firstResponseTime()).isEqualTo(Duration.ofHours(26));
    }

    @Test
    void taStaffAsksForInformationAndTheAgencyAnswers() {
        long id = requests.submit(wichita, new NewTaRequest(null, "Early-warning system", null, null,
                "We want to review our early-warning thresholds.", Urgency.NORMAL));
        requests.askForInformation(ta, id, 0, "Which data system do you use?");
        assertThat(requests.request(wichita, id).firstResponseAt()).isEqualTo(clock.instant());
        clock.advanceSeconds(3600);
        requests.addInformation(wichita, id, 1, "We use the county RMS.");
        TaRequest back = requests.request(ta, id);
        assertThat(back.status()).isEqualTo(TaRequestStatus.SUBMITTED);
        assertThat(back.description()).endsWith("Added information: We use the county RMS.");
        assertThat(back.firstResponseAt()).isEqualTo(clock.instant().minusSeconds(3600));
        requests.decline(ta, id, 2, "Out of scope for this grant; see the IACP early-warning guide.");
        assertThat(requests.request(wichita, id).status()).isEqualTo(TaRequestStatus.DECLINED);
    }

    @Test
    void agenciesSeeOnlyTheirOwnRequestsAndCannotTriage() {
        long id = requests.submit(wichita, new NewTaRequest(null, "Youth engagement", null, null, "Ideas please.",
                Urgency.LOW));
        assertThat(requests.visibleRequests(dayton)).extracting(TaRequest::id).doesNotContain(id);
        assertThatThrownBy(() -> requests.request(dayton, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.decline(wichita, id, 0, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.submit(dayton, new NewTaRequest(grant.summary().id(), "x", null, null, "y",
                Urgency.LOW))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.submit(wichita, new NewTaRequest(null, " ", null, null, "y", Urgency.LOW)))
                .hasMessage("Enter a topic.");
    }
}
