package org.pledgetrack.core.pledge;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One agency's line in a portfolio or overview list, about its current pledge ({@link CurrentPledge}).
 * Pledge fields are null (and counts 0) without a pledge.
 *
 * @param expectedPercent share of items expected verified by today, two decimals ({@link ScheduleRule}); null without a pledge
 * @param scheduleStatus  null when the agency has no pledge or withdrew it: there is no schedule to keep
 * @param areas           verified and total items per focus area, in catalog order
 */
public record AgencyProgress(long agencyId, String agencyName, @Nullable String ori, @Nullable String state,
                             @Nullable Long pledgeId, @Nullable PledgeStatus pledgeStatus,
                             @Nullable LocalDate signedOn, int pledgeAgeMonths, int itemsTotal, int submitted,
                             int verified, @Nullable BigDecimal expectedPercent, @Nullable ScheduleStatus scheduleStatus,
                             @Nullable Instant lastAgencyActivity, List<AreaShare> areas) {

    /** Verified and total items of one focus area. */
    public record AreaShare(String areaName, int verified, int total) {
    }

    public double percentVerified() {
        return itemsTotal == 0 ? 0 : 100.0 * verified / itemsTotal;
    }
}
