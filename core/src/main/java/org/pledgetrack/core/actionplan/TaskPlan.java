package org.pledgetrack.core.actionplan;

import java.time.LocalDate;
import java.util.Set;

/**
 * One row of the work plan as the grantee enters it: the strategy, the task, who is responsible,
 * when it runs, and the campaign focus areas and pledge items it supports.
 */
public record TaskPlan(String strategy, String task, String responsibleParty, LocalDate startOn, LocalDate endOn,
                       Set<Long> focusAreaIds, Set<Long> itemIds) {

    public static final int MAX_STRATEGY = 300;
    public static final int MAX_TASK = 1000;
    public static final int MAX_RESPONSIBLE_PARTY = 200;

    public TaskPlan {
        focusAreaIds = focusAreaIds == null ? Set.of() : Set.copyOf(focusAreaIds);
        itemIds = itemIds == null ? Set.of() : Set.copyOf(itemIds);
    }

    public static TaskPlan empty() {
        return new TaskPlan(null, null, null, null, null, Set.of(), Set.of());
    }
}
