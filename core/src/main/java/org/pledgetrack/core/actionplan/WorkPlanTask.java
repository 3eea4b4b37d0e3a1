package org.pledgetrack.core.actionplan;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A work plan task as stored: what was planned ({@link TaskPlan}) and, once the plan is approved,
 * how far it has come; {@code overdue} is derived (its end date has passed and it is not done).
 */
public record WorkPlanTask(long id, TaskPlan plan, TaskStatus status, @Nullable LocalDate doneOn, boolean overdue,
                           int version) {
}
