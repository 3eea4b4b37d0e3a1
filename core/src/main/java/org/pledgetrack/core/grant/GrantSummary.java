package org.pledgetrack.core.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A BCJI grant as listed: where it is (state of the lead agency or grantee), which phase it is in
 * today (none before its award starts, after it ends, or in a gap between phases), who provides TA, how many of its deliverables are overdue, and whether its funds are at
 * risk (a grantee report unsubmitted 15 days or more after its due date).
 */
public record GrantSummary(long id, String awardNumber, String title, String siteName, String granteeName,
                           @Nullable String leadAgencyName, BigDecimal awardAmount, LocalDate startOn,
                           LocalDate endOn, int deliverables, @Nullable String state,
                           @Nullable GrantPhase currentPhase, Standing standing, String providerNames,
                           int overdueDeliverables, boolean fundsAtRisk) {

    /** Where today falls against the award's period: before it, within it, or after it. */
    public enum Standing {
        NOT_STARTED, OPEN, CLOSED;

        public static Standing of(LocalDate startOn, LocalDate endOn, LocalDate today) {
            if (today.isBefore(startOn)) {
                return NOT_STARTED;
            }
            return today.isAfter(endOn) ? CLOSED : OPEN;
        }
    }
}
