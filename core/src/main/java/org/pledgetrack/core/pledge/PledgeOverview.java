package org.pledgetrack.core.pledge;

import java.time.LocalDate;
import java.util.List;

import org.pledgetrack.core.catalog.FocusArea;

/** An agency's pledge at a glance: dates, schedule and progress per focus area. */
public record PledgeOverview(long pledgeId, long agencyId, String agencyName, String catalogTitle,
                             LocalDate signedOn, LocalDate targetOn, PledgeStatus status, int monthsElapsed,
                             double expectedPercent, StatusCounts totals, List<AreaProgress> areas) {

    public int monthsRemaining() {
        return Math.max(0, PledgeSchedule.MONTHS_TO_COMPLETE - monthsElapsed);
    }

    /** On schedule when the verified share is at least the share of time that has passed. */
    public boolean onSchedule() {
        return totals.percentVerified() >= expectedPercent;
    }

    public record AreaProgress(FocusArea area, StatusCounts counts) {
    }
}
