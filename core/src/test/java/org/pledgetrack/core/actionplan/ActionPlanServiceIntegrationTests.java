package org.pledgetrack.core.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgetrack.db.Tables.ACTION_PLAN;
import static org.pledgetrack.db.Tables.GRANTEE_REPORT;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.assignment.TaAssignmentRepository;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantPhase;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GranteeWorkflowTest;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.notification.Notification;
import org.pledgetrack.core.notification.NotificationKind;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Action Plan workflow against the real database, on a planning-phase grant made for each test
 * (and deleted after it): drafted and submitted by the grantee, returned and approved by the
 * overseer, approval starting the implementation phase and the report calendar, and who may do what.
 */
@GrantsIntegrationTest
class ActionPlanServiceIntegrationTests extends GranteeWorkflowTest {

    static final LocalDate AWARD_START = LocalDate.of(2026, 10, 1);
    static final LocalDate AWARD_END = LocalDate.of(2029, 9, 30);
    private static final ActionPlanNarrative COMPLETE = new ActionPlanNarrative(
            "Untreated addiction and unstable housing around two motels.", "Joint outreach shifts; motel compliance.",
            "Monthly resident meetings.", "The research partner tracks calls for service.",
            "The city funds outreach from 2030.");
    private static final String COMMENT = "Link each strategy to a crime driver in the diagram.";

    @Autowired ActionPlanService plans;
    @Autowired GrantService grants;
    @Autowired TaAssignmentRepository assignments;
    @Autowired NotificationService notifications;
    @Autowired CatalogService catalog;
    @Autowired AuditLog audit;

    @Test
    void submittedReturnedResubmittedAndApprovedPlanStartsImplementationAndTheCalendar() {
        CatalogVersion version = catalog.currentVersion();
        long areaId = version.focusAreas().getFirst().id();
        long itemId = version.items().getFirst().id();
        plans.saveDraft(wichita, grantId, 0, new ActionPlanNarrative("Draft: motels", null, null, null, null));
        long taskId = plans.addTask(wichita, grantId, new TaskPlan("Joint outreach", "Weekly shifts with caseworkers",
                "WPD Homeless Outreach Team", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Set.of(areaId),
                Set.of(itemId)));
        assertThatThrownBy(() -> plans.submit(wichita, grantId, 1, COMPLETE))
                .hasMessage("Upload the diagram linking the strategies to the crime drivers before submitting.");
        plans.uploadDiagram(wichita, grantId, Items.pdf(), "strategies-and-drivers.pdf");

        plans.submit(wichita, grantId, 1, COMPLETE);
        ActionPlan submitted = plans.plan(overseer, grantId);
        assertThat(submitted.state()).isEqualTo(ActionPlanState.SUBMITTED);
        assertThat(submitted.submittedOn()).isEqualTo(TODAY);
        assertThat(notificationOf(overseer, NotificationKind.ACTION_PLAN_SUBMITTED).title())
                .isEqualTo("Test planning site submitted its Action Plan");
        assertThatThrownBy(() -> plans.addTask(wichita, grantId, task("Too late")))
                .hasMessageContaining("waits for the overseer");

        plans.returnToGrantee(overseer, grantId, submitted.version(), COMMENT);
        assertThat(plans.plan(wichita, grantId).reviewComment()).isEqualTo(COMMENT);
        assertThat(notificationOf(wichita, NotificationKind.ACTION_PLAN_RETURNED).body()).isEqualTo(COMMENT);

        plans.uploadDiagram(wichita, grantId, Items.pdf(), "strategies-linked-to-drivers.pdf");
        int returnedVersion = plans.plan(wichita, grantId).version();
        plans.submit(wichita, grantId, returnedVersion, COMPLETE);
        assertThat(plans.plan(wichita, grantId).diagram().originalFilename()).isEqualTo("strategies-linked-to-drivers.pdf");
        assertThat(plans.plan(wichita, grantId).submittedOn()).as("the first submission's date stays").isEqualTo(TODAY);

        LocalDate approvedOn = LocalDate.of(2027, 6, 15);
        clock.setDate(approvedOn);
        assertThat(dsl.fetchCount(GRANTEE_REPORT, GRANTEE_REPORT.GRANT_ID.eq(grantId))).isZero();
        plans.approve(overseer, grantId, returnedVersion + 1);

        assertThat(grants.grant(overseer, grantId).phases()).containsExactly(
                new GrantDetail.PhaseDates(GrantPhase.PLANNING, AWARD_START, approvedOn.minusDays(1)),
                new GrantDetail.PhaseDates(GrantPhase.IMPLEMENTATION, approvedOn, AWARD_END));
        assertThat(grants.grant(wichita, grantId).summary().currentPhase()).isEqualTo(GrantPhase.IMPLEMENTATION);
        assertThat(dsl.fetchCount(GRANTEE_REPORT, GRANTEE_REPORT.GRANT_ID.eq(grantId)))
                .as("six semi-annual reports and the final one").isEqualTo(7);
        ActionPlan approved = plans.plan(wichita, grantId);
        assertThat(approved.state()).isEqualTo(ActionPlanState.APPROVED);
        assertThat(approved.approvedOn()).isEqualTo(approvedOn);
        assertThat(notificationOf(wichita, NotificationKind.ACTION_PLAN_APPROVED).title())
                .isEqualTo("Action Plan approved: Test planning site");

        WorkPlanTask task = approved.tasks().getFirst();
        assertThat(task.plan().focusAreaIds()).containsExactly(areaId);
        assertThat(task.plan().itemIds()).containsExactly(itemId);
        assertThatThrownBy(() -> plans.recordProgress(wichita, grantId, taskId, task.version(), TaskStatus.DONE, null))
                .hasMessage("Enter the date the task was done.");
        plans.recordProgress(wichita, grantId, taskId, task.version(), TaskStatus.DONE, approvedOn);
        assertThat(plans.plan(wichita, grantId).tasks().getFirst()).extracting(WorkPlanTask::status,
                WorkPlanTask::doneOn, WorkPlanTask::overdue).containsExactly(TaskStatus.DONE, approvedOn, false);
        assertThatThrownBy(() -> plans.saveDraft(wichita, grantId, approved.version(), COMPLETE))
                .hasMessage("This Action Plan is approved and can no longer be changed.");

        long planId = dsl.select(ACTION_PLAN.ID).from(ACTION_PLAN).where(ACTION_PLAN.GRANT_ID.eq(grantId))
                .fetchOne(ACTION_PLAN.ID);
        assertThat(audit.historyOf(ActionPlanService.ENTITY, planId)).filteredOn(e -> "state".equals(e.field()))
                .extracting(AuditEntry::newValue)
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED");
        assertThat(audit.historyOf(ActionPlanService.TASK_ENTITY, taskId)).extracting(AuditEntry::field)
                .contains("status", "done_on");
    }

    @Test
    void onlyTheGranteeDraftsAndOnlyTheOverseerDecides() {
        assertThatThrownBy(() -> plans.plan(dayton, grantId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.saveDraft(dayton, grantId, 0, COMPLETE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.addTask(ta, grantId, task("TA writes it"))).isInstanceOf(AccessDeniedException.class);
        assertThat(plans.plan(ta, grantId).tasks()).as("assigned TA staff read the plan").isEmpty();

        plans.addTask(wichita, grantId, task("Outreach shifts"));
        plans.uploadDiagram(wichita, grantId, Items.pdf(), "diagram.pdf");
        plans.submit(wichita, grantId, 0, COMPLETE);
        int version = plans.plan(wichita, grantId).version();
        assertThatThrownBy(() -> plans.submit(dayton, grantId, version, COMPLETE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.approve(ta, grantId, version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.approve(wichita, grantId, version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.returnToGrantee(ta, grantId, version, COMMENT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.returnToGrantee(overseer, grantId, version, " "))
                .hasMessage("Say what the grantee should change, in up to 2,000 characters.");
        assertThat(plans.plan(overseer, grantId).state()).isEqualTo(ActionPlanState.SUBMITTED);
    }

    @Test
    void aTaskMustFallWithinTheAwardAndEndAfterItStarts() {
        assertThatThrownBy(() -> plans.addTask(wichita, grantId, new TaskPlan("Lighting", "Install lights", "City",
                LocalDate.of(2029, 6, 1), LocalDate.of(2029, 10, 31), Set.of(), Set.of())))
                .hasMessage("The task's dates must fall within the award (2026-10-01 to 2029-09-30).");
        assertThatThrownBy(() -> plans.addTask(wichita, grantId, new TaskPlan("Lighting", "Install lights", "City",
                LocalDate.of(2028, 6, 1), LocalDate.of(2028, 5, 31), Set.of(), Set.of())))
                .hasMessage("The task cannot end before it starts.");
        assertThatThrownBy(() -> plans.addTask(wichita, grantId, new TaskPlan(" ", "Install lights", "City",
                LocalDate.of(2028, 6, 1), LocalDate.of(2028, 7, 31), Set.of(), Set.of())))
                .hasMessage("Name the strategy the task belongs to.");
    }

    private static TaskPlan task(String strategy) {
        return new TaskPlan(strategy, "Weekly shifts", "Outreach team", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 6, 30), Set.of(), Set.of());
    }

    /** The user's notification of this kind about this test's grant (other tests notify the same users). */
    private Notification notificationOf(CurrentUser user, NotificationKind kind) {
        return notifications.latest(user).stream()
                .filter(n -> n.kind() == kind && n.link().equals("grants/" + grantId)).findFirst().orElseThrow();
    }

    /** Wichita PD as grantee and lead agency, in planning until September 2027, TA staff assigned. */
    @BeforeEach
    void makePlanningGrant() {
        long id = wichitaGrant("PLAN-" + System.nanoTime(), "Action plan test grant", "Test planning site",
                overseer.organizationId(), AWARD_START, AWARD_END);
        grantRepository.insertPhase(id, GrantPhase.PLANNING, AWARD_START, LocalDate.of(2027, 9, 30));
        grantRepository.insertPhase(id, GrantPhase.IMPLEMENTATION, LocalDate.of(2027, 10, 1), AWARD_END);
        assignments.assignGrant(ta.id(), id, clock.instant());
    }
}
