package org.pledgetrack.ui.assignment;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.pledgetrack.core.assignment.AssignmentPeriod;
import org.pledgetrack.ui.components.HumanDates;

/**
 * Assignment periods of one TA staff member: what, since when and by whom, and for ended ones until
 * when and by whom. With {@code onEnd}, each row has an "End" button (the current assignments).
 */
class AssignmentHistoryGrid extends Grid<AssignmentPeriod> {

    private static final String NOT_RECORDED = "someone not recorded";

    AssignmentHistoryGrid(String className, Consumer<AssignmentPeriod> onEnd) {
        super(AssignmentPeriod.class, false);
        addClassName(className);
        // names and "when, by whom" wrap rather than being cut off on narrow screens
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(AssignmentHistoryGrid::target).setHeader("Assigned to").setKey("assignedTo").setFlexGrow(3);
        addColumn(period -> when(period.startedAt(), period.startedBy())).setHeader("Assigned").setKey("started")
                .setFlexGrow(2);
        if (onEnd == null) {
            addColumn(period -> when(period.endedAt(), period.endedBy())).setHeader("Ended").setKey("ended")
                    .setFlexGrow(2);
        } else {
            addComponentColumn(period -> endButton(period, onEnd)).setKey("end").setAutoWidth(true).setFlexGrow(0);
        }
    }

    private static String target(AssignmentPeriod period) {
        return (period.isAgency() ? "Agency: " : "Grant: ") + period.assignedTo();
    }

    /** When and by whom, e.g. "Dec 7, 2026 19:06 UTC by Avery Admin". */
    private static String when(java.time.Instant at, String by) {
        return HumanDates.exact(at) + " by " + (by == null ? NOT_RECORDED : by);
    }

    private static Button endButton(AssignmentPeriod period, Consumer<AssignmentPeriod> onEnd) {
        Button end = new Button("End", click -> onEnd.accept(period));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        end.setTooltipText("End the assignment to " + period.assignedTo());
        return end;
    }

}
