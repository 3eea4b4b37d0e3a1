package org.pledgetrack.core.pledge;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgetrack.core.catalog.FocusArea;

/** An agency's pledge at a glance: dates, schedule, and progress and items per focus area. */
public record PledgeOverview(long pledgeId, int version, long agencyId, String agencyName, String catalogTitle,
                             LocalDate signedOn, LocalDate targetOn, PledgeStatus status,
                             @Nullable String withdrawnReason, int monthsElapsed, double expectedPercent,
                             StatusCounts totals, List<AreaProgress> areas) {

    public int monthsRemaining() {
        return Math.max(0, PledgeSchedule.MONTHS_TO_COMPLETE - monthsElapsed);
    }

    /** Whether the verified share keeps pace with the expected share ({@link PledgeSchedule#RULE}). */
    public ScheduleStatus scheduleStatus() {
        return ScheduleStatus.of(totals.of(ItemStatus.VERIFIED), totals.total(), expectedPercent);
    }

    public boolean allVerified() {
        return totals.total() > 0 && totals.of(ItemStatus.VERIFIED) == totals.total();
    }

    public record AreaProgress(FocusArea area, StatusCounts counts, List<PledgeItem> items) {
    }
}
