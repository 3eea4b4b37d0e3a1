package org.pledgetrack.core.grant;

import java.util.List;

/** A TA staff member's worklist: due in the next 30 days, overdue, and delivered in the last 30 days. */
public record MyDeliverables(List<Deliverable> upcoming, List<Deliverable> overdue, List<Deliverable> recentlyDelivered) {
}
