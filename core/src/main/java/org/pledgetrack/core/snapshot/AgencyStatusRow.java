package org.pledgetrack.core.snapshot;

import java.math.BigDecimal;

import org.pledgetrack.core.pledge.ScheduleStatus;

/** One agency's totals in a snapshot. Day counts are null when there is nothing to count. */
public record AgencyStatusRow(long agencyId, String agencyName, String state, int itemsTotal, int submitted,
                              int returned, int verified, BigDecimal pctSubmitted, BigDecimal pctVerified,
                              BigDecimal expectedPct, ScheduleStatus scheduleStatus, Integer daysSinceActivity,
                              int waitingReview, Integer oldestWaitDays) {
}
