package org.pledgetrack.core.pledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgetrack.core.catalog.FocusArea;

/**
 * An agency's current pledge ({@link CurrentPledge}) at a glance: dates, schedule, and progress and
 * items per focus area.
 *
 * @param expectedPercent share of items expected verified by today, two decimals ({@link ScheduleRule})
 * @param scheduleStatus  whether the verified share keeps pace with it; null once the pledge is withdrawn
 * @param recognizedOn    when IACP publicly recognized the agency; null until it has
 * @param certificateOn   the date of IACP's certificate of completion; null until it is recorded
 * @param committedInEveryArea whether IACP may recognize the agency ({@link CampaignRecognition})
 */
public record PledgeOverview(long pledgeId, int version, long agencyId, String agencyName, String catalogTitle,
                             LocalDate signedOn, LocalDate targetOn, PledgeStatus status,
                             @Nullable String withdrawnReason, int monthsElapsed, BigDecimal expectedPercent,
                             @Nullable ScheduleStatus scheduleStatus,
                             StatusCounts totals, List<AreaProgress> areas, @Nullable LocalDate recognizedOn,
                             @Nullable LocalDate certificateOn, boolean committedInEveryArea) {

    public int monthsRemaining() {
        return Math.max(0, PledgeSchedule.MONTHS_TO_COMPLETE - monthsElapsed);
    }

    public boolean allVerified() {
        return CampaignRecognition.everyItemVerified(totals);
    }

    public record AreaProgress(FocusArea area, StatusCounts counts, List<PledgeItem> items) {
    }
}
