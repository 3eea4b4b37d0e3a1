package org.pledgetrack.ui.actionplan;

import com.vaadin.flow.component.html.Span;
import org.pledgetrack.core.actionplan.ActionPlanState;
import org.pledgetrack.core.actionplan.TaskStatus;
import org.pledgetrack.core.actionplan.WorkPlanTask;

/** How an Action Plan's state and a task's progress are shown. */
final class ActionPlanBadges {

    private ActionPlanBadges() {
    }

    static Span state(ActionPlanState state) {
        return switch (state) {
            case DRAFT -> badge("Draft", "badge contrast");
            case SUBMITTED -> badge("Submitted", "badge");
            case RETURNED -> badge("Returned", "badge error");
            case APPROVED -> badge("Approved", "badge success");
        };
    }

    static Span progress(WorkPlanTask task) {
        if (task.overdue()) {
            return badge("Overdue", "badge error");
        }
        return switch (task.status()) {
            case NOT_STARTED -> badge(TaskStatus.NOT_STARTED.label(), "badge contrast");
            case IN_PROGRESS -> badge(TaskStatus.IN_PROGRESS.label(), "badge");
            case DONE -> badge(TaskStatus.DONE.label(), "badge success");
        };
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
