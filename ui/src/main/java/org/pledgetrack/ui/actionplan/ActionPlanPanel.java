package org.pledgetrack.ui.actionplan;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.pledgetrack.core.actionplan.ActionPlan;
import org.pledgetrack.core.actionplan.ActionPlanNarrative;
import org.pledgetrack.core.actionplan.ActionPlanService;
import org.pledgetrack.core.actionplan.ActionPlanState;
import org.pledgetrack.core.actionplan.TaskPlan;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.FixableRefusals;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.TextPromptDialog;

/**
 * The grant's Action Plan, which ends its planning phase: the grantee writes the five narrative
 * sections, the work plan and the diagram, saves drafts and submits; the overseer approves it,
 * which starts the implementation phase, or returns it with a comment; everyone else who sees the
 * grant reads it. After approval the work plan's tasks are tracked here.
 */
public class ActionPlanPanel extends Div {

    final TextArea crimeDrivers = section("Crime drivers found");
    final TextArea strategies = section("Strategies");
    final TextArea communityEngagement = section("Community engagement");
    final TextArea research = section("Research");
    final TextArea sustainability = section("Sustainability");
    final Button addTaskButton = new Button("Add task", VaadinIcon.PLUS.create());
    final Button saveButton = new Button("Save draft");
    final Button submitButton = new Button("Submit Action Plan");
    final Button approveButton = new Button("Approve and start implementation");
    final Button returnButton = new Button("Return to grantee");
    final Span error = new Span();
    Span stateBadge;
    WorkPlanGrid tasks;
    private final Binder<ActionPlanNarrative> binder = new Binder<>(ActionPlanNarrative.class);
    private final ActionPlanService plans;
    private final CurrentUser user;
    private final CatalogVersion catalog;
    private final Clock clock;
    private final long grantId;
    private final boolean grantee;
    private final boolean reviewer;
    private final Runnable reloadPage;
    private ActionPlan plan;

    /**
     * @param grantee    whether the user acts for the grantee (drafts, submits, tracks tasks)
     * @param reviewer   whether the user reviews the grantee's plan and reports (approves, returns)
     * @param reloadPage shows the whole grant again (approval moves its phases)
     */
    public ActionPlanPanel(ActionPlanService plans, CurrentUser user, CatalogVersion catalog, Clock clock, long grantId,
                           boolean grantee, boolean reviewer, Runnable reloadPage) {
        this.plans = plans;
        this.user = user;
        this.catalog = catalog;
        this.clock = clock;
        this.grantId = grantId;
        this.grantee = grantee;
        this.reviewer = reviewer;
        this.reloadPage = reloadPage;
        bindSections();
        addTaskButton.addClickListener(click -> new TaskDialog("Add a task to the work plan", catalog, TaskPlan.empty(),
                task -> plans.addTask(user, grantId, task), this::reload).open());
        saveButton.addClickListener(click -> attempt(() -> plans.saveDraft(user, grantId, plan.version(), narrative()),
                "Draft saved.", this::reload));
        submitButton.addClickListener(click -> attempt(() -> plans.submit(user, grantId, plan.version(), narrative()),
                "Action Plan submitted to the overseer.", this::reload));
        approveButton.addClickListener(click -> attempt(() -> plans.approve(user, grantId, plan.version()),
                "Action Plan approved: the implementation phase has started.", reloadPage));
        returnButton.addClickListener(click -> new TextPromptDialog("Return the Action Plan to the grantee",
                "What should the grantee change?", 2000, "Return Action Plan",
                comment -> plans.returnToGrantee(user, grantId, plan.version(), comment), this::reload).open());
        submitButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        error.addClassName("form-error");
        addClassNames("card", "section", "action-plan");
        reload();
    }

    private void reload() {
        plan = plans.plan(user, grantId);
        render();
    }

    private void render() {
        removeAll();
        error.setText("");
        if (plan.planningOver()) {
            add(new H3("Action Plan"), new Paragraph("This grant's implementation began before its Action Plan was "
                    + "kept here: BJA approved the plan outside the app."));
            return;
        }
        H3 heading = new H3("Action Plan ");
        stateBadge = ActionPlanBadges.state(plan.state());
        heading.add(stateBadge);
        add(heading);
        boolean editable = grantee && plan.state().editable();
        binder.readRecord(plan.narrative());
        binder.setReadOnly(!editable);
        Paragraph rule = new Paragraph("Planning ends with an Action Plan that the overseer approves for BJA: what "
                + "drives crime at the site, the strategies against it, how residents take part, the research "
                + "partner's work, how it lasts, a work plan and a diagram linking the strategies to the crime "
                + "drivers. Approval starts the implementation phase.");
        rule.addClassName("hint");
        add(rule, reviewNote(), new Div(crimeDrivers, strategies, communityEngagement, research, sustainability));
        tasks = new WorkPlanGrid(plans, user, catalog, clock, plan, grantee, this::reload);
        addTaskButton.setVisible(editable);
        add(new H4("Work plan"), addTaskButton, tasks,
                new DiagramSection(plans, user, grantId, plan.diagram(), editable, this::reload), actions(editable));
    }

    private Component reviewNote() {
        Div note = new Div();
        if (plan.state() == ActionPlanState.RETURNED && plan.reviewComment() != null) {
            note.add(new H4("Returned by " + (plan.reviewedBy() == null ? "the overseer" : plan.reviewedBy())
                    + (plan.reviewedAt() == null ? "" : " on " + HumanDates.exact(plan.reviewedAt()))),
                    new Paragraph(plan.reviewComment()));
            note.addClassName("review-comment");
        } else if (plan.state() == ActionPlanState.APPROVED) {
            note.add(new Paragraph("Approved" + (plan.reviewedBy() == null ? "" : " by " + plan.reviewedBy())
                    + " on " + HumanDates.date(plan.approvedOn()) + "; the implementation phase started that day."));
        } else if (plan.state() == ActionPlanState.SUBMITTED) {
            note.add(new Paragraph("Submitted " + HumanDates.date(plan.submittedOn())
                    + (plan.submittedBy() == null ? "" : " by " + plan.submittedBy()) + "; waiting for the overseer."));
        }
        note.setVisible(note.getComponentCount() > 0);
        return note;
    }

    private Component actions(boolean editable) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (editable) {
            buttons.add(saveButton, submitButton);
        }
        if (reviewer && plan.state() == ActionPlanState.SUBMITTED) {
            buttons.add(approveButton, returnButton);
        }
        Div actions = new Div(buttons, error);
        actions.setVisible(buttons.getComponentCount() > 0);
        return actions;
    }

    private void bindSections() {
        bind(crimeDrivers, "crimeDrivers", "The crime drivers");
        bind(strategies, "strategies", "The strategies");
        bind(communityEngagement, "communityEngagement", "The community engagement");
        bind(research, "research", "The research");
        bind(sustainability, "sustainability", "The sustainability");
    }

    private void bind(TextArea area, String property, String name) {
        binder.forField(area).withValidator(new StringLengthValidator(name + " can have at most "
                + String.format("%,d", ActionPlanNarrative.MAX_SECTION_LENGTH) + " characters.", 0,
                ActionPlanNarrative.MAX_SECTION_LENGTH)).bind(property);
    }

    /** The sections as typed; a too-long one is marked at its field and refused here. */
    private ActionPlanNarrative narrative() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalArgumentException("Shorten the sections marked above to at most "
                    + String.format("%,d", ActionPlanNarrative.MAX_SECTION_LENGTH) + " characters.");
        }
    }

    private void attempt(Runnable action, String confirmation, Runnable then) {
        if (FixableRefusals.attempt(action, error::setText)) {
            ActionFeedback.saved(confirmation);
            then.run();
        }
    }

    private static TextArea section(String label) {
        TextArea area = new TextArea(label);
        area.setMaxLength(ActionPlanNarrative.MAX_SECTION_LENGTH);
        area.setWidthFull();
        area.setMinHeight("5rem");
        return area;
    }
}
