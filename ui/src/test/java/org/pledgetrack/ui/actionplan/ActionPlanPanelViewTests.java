package org.pledgetrack.ui.actionplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.actionplan.ActionPlanNarrative;
import org.pledgetrack.core.actionplan.ActionPlanService;
import org.pledgetrack.core.actionplan.ActionPlanState;
import org.pledgetrack.core.actionplan.TaskPlan;
import org.pledgetrack.core.actionplan.TaskStatus;
import org.pledgetrack.core.actionplan.WorkPlanTask;
import org.pledgetrack.core.assignment.TaAssignmentRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantPhase;
import org.pledgetrack.core.grant.GrantRepository;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.NewGrant;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.components.TextPromptDialog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Action Plan panel on the grant page, on a planning-phase grant of Wichita's made for each
 * test: the grantee drafts, adds work plan tasks and submits; the overseer returns or approves;
 * TA staff read it; after approval the grantee tracks the tasks.
 */
class ActionPlanPanelViewTests extends KaribuViewTests {

    private static final ActionPlanNarrative COMPLETE = new ActionPlanNarrative("Motel calls for service.",
            "Joint outreach shifts.", "Quarterly listening sessions.", "Research partner tracks calls.",
            "City budget from 2030.");

    @Autowired ActionPlanService plans;
    @Autowired GrantService grants;
    @Autowired GrantRepository grantRepository;
    @Autowired TaAssignmentRepository assignments;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    CurrentUser wichita;
    long grantId;

    @BeforeEach
    void makePlanningGrant() {
        wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        LocalDate start = LocalDate.now(clock).minusMonths(2).withDayOfMonth(1);
        grantId = grantRepository.insertGrant(new NewGrant("PANEL-" + System.nanoTime(), "Panel test grant",
                wichita.organizationId(), wichita.organizationId(), "Panel test site", new BigDecimal("100000.00"),
                overseer.organizationId(), start, start.plusYears(3).minusDays(1)), clock.instant());
        grantRepository.insertPhase(grantId, GrantPhase.PLANNING, start, start.plusYears(1).minusDays(1));
        assignments.assignGrant(Users.signedIn(users, DemoAccounts.TA_STAFF).id(), grantId, clock.instant());
    }

    @AfterEach
    void deleteGrant() {
        jdbc.update("DELETE FROM bcji_grant WHERE id = ?", grantId);
    }

    @Test
    void granteeWritesTheDraftAddsATaskAndSubmitsAndTheOverseerReturnsItWithAComment() {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        openGrant();
        ActionPlanPanel panel = _get(ActionPlanPanel.class);
        assertThat(badgeText(panel)).isEqualTo("Draft");
        assertThat(panel.approveButton.isAttached()).isFalse();
        panel.crimeDrivers.setValue(COMPLETE.crimeDrivers());
        panel.strategies.setValue(COMPLETE.strategies());
        panel.communityEngagement.setValue(COMPLETE.communityEngagement());
        panel.research.setValue(COMPLETE.research());
        panel.sustainability.setValue(COMPLETE.sustainability());
        _click(panel.saveButton);
        assertThat(plans.plan(wichita, grantId).narrative()).isEqualTo(COMPLETE);

        _click(panel.addTaskButton);
        TaskDialog dialog = _get(TaskDialog.class);
        dialog.strategy.setValue("Joint outreach");
        dialog.task.setValue("Weekly shifts with caseworkers");
        dialog.responsibleParty.setValue("Outreach team");
        LocalDate start = LocalDate.now(clock).plusMonths(1);
        dialog.startOn.setValue(start);
        dialog.endOn.setValue(start.minusDays(1));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("Check the fields marked above.");
        assertThat(dialog.endOn.getErrorMessage()).isEqualTo("The task cannot end before it starts.");
        dialog.endOn.setValue(start.plusMonths(6));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(panel.tasks)).extracting(t -> t.plan().strategy()).containsExactly("Joint outreach");

        _click(panel.submitButton);
        assertThat(panel.error.getText())
                .isEqualTo("Upload the diagram linking the strategies to the crime drivers before submitting.");
        plans.uploadDiagram(wichita, grantId, Items.pdf(), "diagram.pdf");
        openGrant();
        panel = _get(ActionPlanPanel.class);
        _click(panel.submitButton);
        assertThat(badgeText(panel)).isEqualTo("Submitted");
        assertThat(panel.crimeDrivers.isReadOnly()).isTrue();
        assertThat(panel.addTaskButton.isVisible()).isFalse();

        signInAs(DemoAccounts.OVERSEER);
        openGrant();
        panel = _get(ActionPlanPanel.class);
        assertThat(panel.approveButton.isAttached()).isTrue();
        _click(panel.returnButton);
        _get(TextPromptDialog.class).confirmWith("Link each strategy to a crime driver.");

        signInAs(DemoAccounts.WICHITA_AGENCY);
        openGrant();
        panel = _get(ActionPlanPanel.class);
        assertThat(badgeText(panel)).isEqualTo("Returned");
        assertThat(_find(panel, Paragraph.class, spec -> spec.withText("Link each strategy to a crime driver.")))
                .hasSize(1);
        assertThat(panel.crimeDrivers.isReadOnly()).as("a returned plan can be changed again").isFalse();
    }

    @Test
    void overseerApprovesTheGrantEntersImplementationAndTheGranteeTracksATask() {
        submittedPlan();
        signInAs(DemoAccounts.OVERSEER);
        openGrant();
        _click(_get(ActionPlanPanel.class).approveButton);

        assertThat(grants.grant(wichita, grantId).summary().currentPhase()).isEqualTo(GrantPhase.IMPLEMENTATION);
        ActionPlanPanel panel = _get(ActionPlanPanel.class);
        assertThat(badgeText(panel)).isEqualTo("Approved");
        assertThat(panel.tasks.getColumnByKey("progress")).isNotNull();

        signInAs(DemoAccounts.WICHITA_AGENCY);
        openGrant();
        panel = _get(ActionPlanPanel.class);
        Component actions = GridKt._getCellComponent(panel.tasks, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Update")));
        TaskProgressDialog progress = _get(TaskProgressDialog.class);
        progress.status.setValue(TaskStatus.DONE);
        _click(progress.save);
        assertThat(progress.doneOn.getErrorMessage()).isEqualTo("Enter the date the task was done.");
        progress.doneOn.setValue(LocalDate.now(clock));
        _click(progress.save);
        assertThat(progress.isOpened()).isFalse();
        assertThat(rows(_get(ActionPlanPanel.class).tasks)).extracting(WorkPlanTask::status)
                .containsExactly(TaskStatus.DONE);
    }

    @Test
    void taStaffReadThePlanButNeitherEditNorDecide() {
        submittedPlan();
        signInAs(DemoAccounts.TA_STAFF);
        openGrant();
        ActionPlanPanel panel = _get(ActionPlanPanel.class);
        assertThat(panel.crimeDrivers.getValue()).isEqualTo(COMPLETE.crimeDrivers());
        assertThat(panel.crimeDrivers.isReadOnly()).isTrue();
        assertThat(panel.addTaskButton.isVisible()).isFalse();
        assertThat(panel.approveButton.isAttached()).isFalse();
        assertThat(panel.returnButton.isAttached()).isFalse();
        assertThat(plans.plan(wichita, grantId).state()).isEqualTo(ActionPlanState.SUBMITTED);
    }

    /** Opens the grant page afresh (navigating to the page already shown would keep its panels). */
    private void openGrant() {
        navigateTo("grants");
        navigateTo("grants/" + grantId);
    }

    private void submittedPlan() {
        LocalDate start = LocalDate.now(clock).plusMonths(1);
        plans.addTask(wichita, grantId, new TaskPlan("Joint outreach", "Weekly shifts", "Outreach team", start,
                start.plusMonths(6), Set.of(), Set.of()));
        plans.uploadDiagram(wichita, grantId, Items.pdf(), "diagram.pdf");
        plans.submit(wichita, grantId, 0, COMPLETE);
    }

    private static String badgeText(ActionPlanPanel panel) {
        return panel.stateBadge.getText();
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return grid.getGenericDataView().getItems().toList();
    }
}
