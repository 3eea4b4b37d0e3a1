package org.pledgetrack.core.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A grant's Action Plan with its narrative, work plan and diagram, who submitted it and the
 * overseer's last review (a returned plan carries the comment). A grant without a plan yet has
 * one in {@link ActionPlanState#DRAFT} with nothing in it and version 0; {@code planningOver} says
 * that such a grant's implementation began without a plan in the app (approved outside it), so none
 * can be started here.
 */
public record ActionPlan(long grantId, ActionPlanState state, ActionPlanNarrative narrative, List<WorkPlanTask> tasks,
                         @Nullable PlanDiagram diagram, @Nullable LocalDate submittedOn, @Nullable String submittedBy,
                         @Nullable String reviewedBy, @Nullable Instant reviewedAt, @Nullable String reviewComment,
                         @Nullable LocalDate approvedOn, int version, boolean planningOver) {
}
