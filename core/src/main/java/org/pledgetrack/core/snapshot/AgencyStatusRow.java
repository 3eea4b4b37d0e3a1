package org.pledgetrack.core.snapshot;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.pledgetrack.core.pledge.ScheduleStatus;

/** One agency's totals in a snapshot. Day counts are null when there is nothing to count. */
public record AgencyStatusRow(long agencyId, String agencyName, @Nullable String state, int itemsTotal, int submitted,
                              int returned, int verified, BigDecimal pctSubmitted, BigDecimal pctVerified,
                              BigDecimal expectedPct, ScheduleStatus scheduleStatus,
                              @Nullable Integer daysSinceActivity, int waitingReview,
                              @Nullable Integer oldestWaitDays) {
}
