package org.pledgetrack.batch.pledgestatus;

import java.math.BigDecimal;
import java.util.List;

import org.pledgetrack.core.pledge.ScheduleStatus;

/** One agency's computed snapshot: its totals and one line per focus area. */
record AgencyStatus(PledgeOnDate pledge, Progress total, Integer daysSinceActivity, int waitingReview,
                    Integer oldestWaitDays, List<AreaStatus> areas) {

    /** Counts with the percentages and schedule status derived from them. */
    record Progress(ItemCounts counts, BigDecimal pctSubmitted, BigDecimal pctVerified, BigDecimal expectedPct,
                    ScheduleStatus scheduleStatus) {
    }

    record AreaStatus(long focusAreaId, Progress progress) {
    }
}
