package org.pledgetrack.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.notification.Notification;
import org.pledgetrack.core.notification.NotificationKind;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.PortfolioQuery;
import org.pledgetrack.core.pledge.ReviewEntry;
import org.pledgetrack.core.pledge.ReviewQueueFilter;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class TaAssignmentServiceIntegrationTests {

    private static final String WICHITA_ORI = "KS0870300";

    @Autowired TaAssignmentService service;
    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired GrantService grants;
    @Autowired NotificationService notifications;
    @Autowired AccessPolicy access;
    @Autowired AuditLog audit;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;

    @Test
    void anAssignedAgencyIsInThePortfolioAndReviewQueueAtOnceAndLeavesThemWhenTheAssignmentEnds() {
        CurrentUser admin = admin();
        CurrentUser ta = newTaStaff("ta.portfolio");
        long wichita = Items.agencyId(pledges, admin, WICHITA_ORI);
        assertThat(pledges.countAgencies(ta, PortfolioQuery.all())).isZero();
        assertThat(items.reviewQueue(ta, ReviewQueueFilter.everything())).isEmpty();

        long periodId = service.assignAgency(admin, ta.id(), wichita);

        assertThat(pledges.agencyProgress(ta, PortfolioQuery.all())).extracting(AgencyProgress::agencyName)
                .containsExactly("Wichita Police Department");
        assertThat(access.canReadAgency(ta, wichita)).isTrue();
        assertThat(access.canReview(ta, wichita)).isTrue();
        assertThat(items.reviewQueue(ta, ReviewQueueFilter.everything())).extracting(ReviewEntry::agencyName)
                .containsExactlyElementsOf(wichitaQueueOfTheDemoTaStaff());

        service.endAssignment(admin, periodId);

        assertThat(pledges.countAgencies(ta, PortfolioQuery.all())).isZero();
        assertThat(items.reviewQueue(ta, ReviewQueueFilter.everything())).isEmpty();
        assertThat(access.canReadAgency(ta, wichita)).isFalse();
        assertThat(access.canReview(ta, wichita)).isFalse();
    }

    @Test
    void theHistoryKeepsWhoAssignedAndWhoEndedWhenAndEveryChangeIsAuditedAndNotified() {
        CurrentUser admin = admin();
        CurrentUser ta = newTaStaff("ta.history");
        long wichita = Items.agencyId(pledges, admin, WICHITA_ORI);

        long first = service.assignAgency(admin, ta.id(), wichita);
        service.endAssignment(admin, first);
        long second = service.assignAgency(admin, ta.id(), wichita);

        List<AssignmentPeriod> history = service.assignmentsOf(admin, ta.id());
        assertThat(history).extracting(AssignmentPeriod::id).containsExactly(second, first);
        AssignmentPeriod ended = history.get(1);
        assertThat(ended.assignedTo()).isEqualTo("Wichita Police Department");
        assertThat(ended.startedBy()).isEqualTo(admin.displayName());
        assertThat(ended.endedBy()).isEqualTo(admin.displayName());
        assertThat(ended.endedAt()).isNotNull().isAfterOrEqualTo(ended.startedAt());
        assertThat(history.get(0).isCurrent()).isTrue();
        assertThat(history.get(0).endedBy()).isNull();

        assertThat(audit.historyOf(TaAssignmentService.ENTITY, first)).extracting(AuditEntry::action)
                .containsExactly("ASSIGN", "END");
        assertThat(audit.historyOf(TaAssignmentService.ENTITY, first).getFirst().newValue())
                .isEqualTo(ta.displayName() + " → Wichita Police Department");
        assertThat(notifications.latest(ta)).extracting(Notification::kind).containsExactly(
                NotificationKind.TA_ASSIGNED, NotificationKind.TA_ASSIGNMENT_ENDED, NotificationKind.TA_ASSIGNED);
        assertThat(notifications.latest(ta).getFirst().title()).isEqualTo("You are assigned to Wichita Police Department");
        assertThat(notifications.latest(ta).getFirst().link()).isEqualTo("agencies/" + wichita + "/pledge");
    }

    @Test
    void anAssignedGrantIsVisibleAndManageableUntilTheAssignmentEnds() {
        CurrentUser admin = admin();
        CurrentUser ta = newTaStaff("ta.grant");
        GrantSummary grant = grants.visibleGrants(admin).getFirst();
        assertThat(grants.canManageDeliverables(ta, grant.id())).isFalse();

        long periodId = service.assignGrant(admin, ta.id(), grant.id());
        assertThat(grants.visibleGrants(ta)).extracting(GrantSummary::id).contains(grant.id());
        assertThat(grants.canManageDeliverables(ta, grant.id())).isTrue();
        assertThat(service.assignmentsOf(admin, ta.id()).getFirst().grantId()).isEqualTo(grant.id());

        service.endAssignment(admin, periodId);
        assertThat(grants.visibleGrants(ta)).extracting(GrantSummary::id).doesNotContain(grant.id());
        assertThat(grants.canManageDeliverables(ta, grant.id())).isFalse();
    }

    @Test
    void assignmentsMadeOutsideTheScreenAreInTheHistoryToo() {
        CurrentUser admin = admin();
        CurrentUser demoTa = Users.signedIn(users, DemoAccounts.TA_STAFF);
        List<AssignmentPeriod> demo = service.assignmentsOf(admin, demoTa.id());
        assertThat(demo).filteredOn(AssignmentPeriod::isAgency).filteredOn(AssignmentPeriod::isCurrent)
                .hasSize(pledges.countAgencies(demoTa, PortfolioQuery.all()))
                .allSatisfy(period -> assertThat(period.startedBy()).isNull());

        CurrentUser ta = newTaStaff("ta.sql");
        long wichita = Items.agencyId(pledges, admin, WICHITA_ORI);
        jdbc.update("INSERT INTO ta_agency_assignment (user_id, agency_id, created_at) VALUES (?, ?, UTC_TIMESTAMP(6))",
                ta.id(), wichita);
        jdbc.update("DELETE FROM ta_agency_assignment WHERE user_id = ?", ta.id());
        assertThat(service.assignmentsOf(admin, ta.id())).singleElement()
                .satisfies(period -> assertThat(period.endedAt()).isNotNull());
    }

    @Test
    void refusalsSayWhyAndChangeNothing() {
        CurrentUser admin = admin();
        CurrentUser ta = newTaStaff("ta.refusals");
        CurrentUser agencyUser = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        long wichita = Items.agencyId(pledges, admin, WICHITA_ORI);

        assertThatThrownBy(() -> service.assignAgency(admin, agencyUser.id(), wichita))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Only TA staff can be assigned");
        assertThatThrownBy(() -> service.assignAgency(admin, ta.id(), admin.organizationId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("There is no agency with id "
                        + admin.organizationId() + ".");
        long periodId = service.assignAgency(admin, ta.id(), wichita);
        assertThatThrownBy(() -> service.assignAgency(admin, ta.id(), wichita))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(ta.displayName() + " is already assigned to Wichita Police Department.");
        service.endAssignment(admin, periodId);
        assertThatThrownBy(() -> service.endAssignment(admin, periodId))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has already ended");
        assertThat(service.assignmentsOf(admin, ta.id())).hasSize(1);

        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE id = ?", ta.id());
        assertThatThrownBy(() -> service.assignAgency(admin, ta.id(), wichita))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disabled");
        assertThatThrownBy(() -> service.assignAgency(Users.signedIn(users, DemoAccounts.TA_STAFF), ta.id(), wichita))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.assignmentsOf(admin, ta.id())).hasSize(1);
    }

    private List<String> wichitaQueueOfTheDemoTaStaff() {
        return items.reviewQueue(Users.signedIn(users, DemoAccounts.TA_STAFF), ReviewQueueFilter.everything()).stream()
                .map(ReviewEntry::agencyName)
                .filter("Wichita Police Department"::equals).toList();
    }

    private CurrentUser admin() {
        return Users.signedIn(users, DemoAccounts.ADMIN);
    }

    private CurrentUser newTaStaff(String username) {
        long providerId = Users.signedIn(users, DemoAccounts.TA_STAFF).organizationId();
        users.insert(new NewUser(username, null, "Tess " + username, username + "@example.org", Role.TA_STAFF,
                providerId), "{noop}not-a-real-password", clock.instant());
        return Users.signedIn(users, username);
    }
}
