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

    private static final String NOT_RECORDED = "not recorded";

    AssignmentHistoryGrid(String className, Consumer<AssignmentPeriod> onEnd) {
        super(AssignmentPeriod.class, false);
        addClassName(className);
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(period -> period.isAgency() ? "Agency" : "Grant").setHeader("Kind").setKey("kind").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(AssignmentPeriod::assignedTo).setHeader("Assigned to").setKey("assignedTo").setFlexGrow(2);
        addColumn(period -> HumanDates.exact(period.startedAt())).setHeader("From").setKey("from").setAutoWidth(true);
        addColumn(period -> by(period.startedBy())).setHeader("Assigned by").setKey("startedBy").setAutoWidth(true);
        if (onEnd == null) {
            addColumn(period -> HumanDates.exact(period.endedAt())).setHeader("Until").setKey("until").setAutoWidth(true);
            addColumn(period -> by(period.endedBy())).setHeader("Ended by").setKey("endedBy").setAutoWidth(true);
        } else {
            addComponentColumn(period -> endButton(period, onEnd)).setKey("end").setAutoWidth(true).setFlexGrow(0);
        }
    }

    private static Button endButton(AssignmentPeriod period, Consumer<AssignmentPeriod> onEnd) {
        Button end = new Button("End", click -> onEnd.accept(period));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        end.setTooltipText("End the assignment to " + period.assignedTo());
        return end;
    }

    private static String by(String name) {
        return name == null ? NOT_RECORDED : name;
    }
}
