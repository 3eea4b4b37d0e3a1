package org.pledgetrack.core.grant;

import java.time.LocalDate;
import java.util.Set;

/** What TA staff plan: the deliverable without its delivery record, with the focus areas and items it supports. */
public record DeliverablePlan(DeliverableType type, String title, String description, long providerOrgId,
                              LocalDate dueOn, LocalDate scheduledOn, Set<Long> focusAreaIds, Set<Long> itemIds) {

    public DeliverablePlan {
        focusAreaIds = focusAreaIds == null ? Set.of() : Set.copyOf(focusAreaIds);
        itemIds = itemIds == null ? Set.of() : Set.copyOf(itemIds);
    }
}
