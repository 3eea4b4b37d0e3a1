package org.pledgetrack.core.actionplan;

import java.time.LocalDate;

import org.pledgetrack.core.input.TextInput;

/** The rules of an Action Plan that need no database: what a task and a submitted plan must have. */
public final class ActionPlanRules {

    private ActionPlanRules() {
    }

    /** The task as it is stored, its text stripped; refused with a message naming the field. */
    static TaskPlan validTask(TaskPlan task, LocalDate awardStart, LocalDate awardEnd) {
        String strategy = TextInput.required(task.strategy(), TaskPlan.MAX_STRATEGY, "The strategy",
                "Name the strategy the task belongs to.");
        String text = TextInput.required(task.task(), TaskPlan.MAX_TASK, "The task", "Say what the task is.");
        String responsible = TextInput.required(task.responsibleParty(), TaskPlan.MAX_RESPONSIBLE_PARTY,
                "The responsible party", "Name who is responsible for the task.");
        require(task.startOn() != null && task.endOn() != null, "Enter the task's start and end dates.");
        require(!task.endOn().isBefore(task.startOn()), "The task cannot end before it starts.");
        require(!task.startOn().isBefore(awardStart) && !task.endOn().isAfter(awardEnd),
                "The task's dates must fall within the award (" + awardStart + " to " + awardEnd + ").");
        return new TaskPlan(strategy, text, responsible, task.startOn(), task.endOn(), task.focusAreaIds(),
                task.itemIds());
    }

    /** The done date as stored: required for a done task (not in the future), none otherwise. */
    static LocalDate validDoneOn(TaskStatus status, LocalDate doneOn, LocalDate today) {
        require(status != null, "Choose the task's status.");
        if (status != TaskStatus.DONE) {
            return null;
        }
        require(doneOn != null, "Enter the date the task was done.");
        require(!doneOn.isAfter(today), "The date done cannot be in the future.");
        return doneOn;
    }

    /** Overdue is derived, never stored: the end date has passed and the task is not done. */
    public static boolean isOverdue(TaskStatus status, LocalDate endOn, LocalDate today) {
        return status != TaskStatus.DONE && endOn.isBefore(today);
    }

    /** The narrative with every section's text stripped; too-long text is refused. */
    static ActionPlanNarrative checked(ActionPlanNarrative narrative) {
        ActionPlanNarrative n = narrative == null ? ActionPlanNarrative.empty() : narrative;
        int max = ActionPlanNarrative.MAX_SECTION_LENGTH;
        return new ActionPlanNarrative(TextInput.optional(n.crimeDrivers(), max, "The crime drivers"),
                TextInput.optional(n.strategies(), max, "The strategies"),
                TextInput.optional(n.communityEngagement(), max, "The community engagement"),
                TextInput.optional(n.research(), max, "The research"),
                TextInput.optional(n.sustainability(), max, "The sustainability"));
    }

    /** What a plan needs before it can be submitted: every section, at least one task and the diagram. */
    static void requireComplete(ActionPlanNarrative n, int tasks, boolean hasDiagram) {
        require(n.crimeDrivers() != null && n.strategies() != null && n.communityEngagement() != null
                        && n.research() != null && n.sustainability() != null,
                "Write all five sections (crime drivers, strategies, community engagement, research, sustainability) "
                        + "before submitting.");
        require(tasks > 0, "Add the work plan's tasks before submitting.");
        require(hasDiagram, "Upload the diagram linking the strategies to the crime drivers before submitting.");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
