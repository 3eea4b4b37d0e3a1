package org.pledgetrack.ui.actionplan;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.pledgetrack.core.actionplan.ActionPlan;
import org.pledgetrack.core.actionplan.ActionPlanService;
import org.pledgetrack.core.actionplan.ActionPlanState;
import org.pledgetrack.core.actionplan.TaskStatus;
import org.pledgetrack.core.actionplan.WorkPlanTask;
import org.pledgetrack.core.catalog.CatalogItem;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.catalog.FocusArea;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.HumanDates;

/**
 * The work plan as a table: strategy, task, responsible party, timeframe and what it supports. The
 * grantee edits and removes tasks while the plan can change; once it is approved, each task shows
 * its progress and the grantee records it.
 */
class WorkPlanGrid extends Grid<WorkPlanTask> {

    private final ActionPlanService plans;
    private final CurrentUser user;
    private final CatalogVersion catalog;
    private final Map<Long, String> areaNames;
    private final Map<Long, String> itemNames;
    private final Clock clock;
    private final Runnable reload;

    WorkPlanGrid(ActionPlanService plans, CurrentUser user, CatalogVersion catalog, Clock clock, ActionPlan plan,
                 boolean grantee, Runnable reload) {
        super(WorkPlanTask.class, false);
        this.plans = plans;
        this.user = user;
        this.catalog = catalog;
        this.areaNames = catalog.focusAreas().stream().collect(Collectors.toMap(FocusArea::id, FocusArea::name));
        this.itemNames = catalog.items().stream().collect(Collectors.toMap(CatalogItem::id, i -> "item " + i.number()));
        this.clock = clock;
        this.reload = reload;
        boolean editable = grantee && plan.state().editable();
        boolean tracked = plan.state() == ActionPlanState.APPROVED;
        addColumn(t -> t.plan().strategy()).setHeader("Strategy").setFlexGrow(2);
        addColumn(t -> t.plan().task()).setHeader("Task").setFlexGrow(3);
        addColumn(t -> t.plan().responsibleParty()).setHeader("Responsible party").setFlexGrow(2);
        addColumn(t -> HumanDates.date(t.plan().startOn()) + " – " + HumanDates.date(t.plan().endOn()))
                .setHeader("Timeframe").setAutoWidth(true);
        addColumn(this::supports).setHeader("Supports").setFlexGrow(2);
        if (tracked) {
            addComponentColumn(WorkPlanGrid::progress).setHeader("Progress").setAutoWidth(true).setKey("progress");
        }
        if (editable || (tracked && grantee)) {
            addComponentColumn(t -> actions(t, plan, editable)).setHeader("").setAutoWidth(true).setFlexGrow(0)
                    .setKey("actions");
        }
        setItems(plan.tasks());
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setEmptyStateText(editable ? "No tasks yet. Add each strategy's tasks with “Add task”: who does what, and when."
                : "No tasks in the work plan.");
    }

    /** The focus areas by name, then the pledge items by number: "Use of Force; item 5, item 6". */
    private String supports(WorkPlanTask task) {
        String areas = names(task.plan().focusAreaIds().stream().toList(), areaNames::get);
        String items = names(task.plan().itemIds().stream().toList(), itemNames::get);
        String text = areas.isEmpty() || items.isEmpty() ? areas + items : areas + "; " + items;
        return text.isEmpty() ? "—" : text;
    }

    private static String names(List<Long> ids, Function<Long, String> name) {
        return ids.stream().map(name).filter(java.util.Objects::nonNull).sorted().collect(Collectors.joining(", "));
    }

    private static Component progress(WorkPlanTask task) {
        Div cell = new Div(ActionPlanBadges.progress(task));
        if (task.status() == TaskStatus.DONE && task.doneOn() != null) {
            cell.add(new Span(" " + HumanDates.date(task.doneOn())));
        }
        return cell;
    }

    private Component actions(WorkPlanTask task, ActionPlan plan, boolean editable) {
        Div buttons = new Div();
        if (editable) {
            buttons.add(button("Edit", "Edit the task " + task.plan().task(), () -> new TaskDialog("Edit the task",
                    catalog, task.plan(), changed -> plans.editTask(user, plan.grantId(), task.id(), task.version(),
                    changed), reload).open()));
            buttons.add(button("Remove", "Remove the task " + task.plan().task(), () -> {
                if (ActionFeedback.attempt(() -> plans.removeTask(user, plan.grantId(), task.id()), reload)) {
                    reload.run();
                }
            }));
        } else {
            buttons.add(button("Update", "Update the progress of " + task.plan().task(),
                    () -> new TaskProgressDialog(task, clock, progress -> plans.recordProgress(user, plan.grantId(),
                            task.id(), task.version(), progress.status(), progress.doneOn()), reload).open()));
        }
        return buttons;
    }

    private static Button button(String text, String ariaLabel, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", ariaLabel);
        return button;
    }
}
