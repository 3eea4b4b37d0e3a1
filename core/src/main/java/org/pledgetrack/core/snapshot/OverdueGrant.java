package org.pledgetrack.core.snapshot;

import java.math.BigDecimal;

/** A grant with TA deliverables past their due date in a deliverable snapshot. */
public record OverdueGrant(long grantId, String awardNumber, String siteName, int planned, int delivered,
                           BigDecimal onTimePct, int overdue, Integer oldestOverdueDays, int dueNext30Days) {
}
