package org.pledgetrack.core.pledge;

import java.time.Instant;
import java.time.LocalDate;

/** One agency's line in a portfolio or overview list. Pledge fields are null without a pledge. */
public record AgencyProgress(long agencyId, String agencyName, String ori, String state, Long pledgeId,
                             PledgeStatus pledgeStatus, LocalDate signedOn, int itemsTotal, int submitted,
                             int verified, Instant lastAgencyActivity) {

    public double percentVerified() {
        return itemsTotal == 0 ? 0 : 100.0 * verified / itemsTotal;
    }
}
