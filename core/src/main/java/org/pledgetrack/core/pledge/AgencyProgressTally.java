package org.pledgetrack.core.pledge;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds up one agency's item counts from its rows per focus area into its progress line, so that a
 * page's items are read once for both the totals and the focus-area shares.
 */
final class AgencyProgressTally {

    private final long agencyId;
    private final String agencyName;
    private final String ori;
    private final String state;
    private final Long pledgeId;
    private final PledgeStatus pledgeStatus;
    private final LocalDate signedOn;
    private final List<AgencyProgress.AreaShare> areas = new ArrayList<>();
    private int items;
    private int submitted;
    private int verified;
    private int ownTargetDue;
    private Instant lastActivity;

    AgencyProgressTally(long agencyId, String agencyName, String ori, String state, Long pledgeId,
                        PledgeStatus pledgeStatus, LocalDate signedOn) {
        this.agencyId = agencyId;
        this.agencyName = agencyName;
        this.ori = ori;
        this.state = state;
        this.pledgeId = pledgeId;
        this.pledgeStatus = pledgeStatus;
        this.signedOn = signedOn;
    }

    /**
     * Adds one focus area's counts; {@code areaName} is null for the single row of an agency without
     * a pledge or of a pledge without items, which adds nothing.
     */
    void add(String areaName, int areaItems, int areaSubmitted, int areaVerified, int areaOwnTargetDue,
             Instant areaLastActivity) {
        if (areaName == null) {
            return;
        }
        areas.add(new AgencyProgress.AreaShare(areaName, areaVerified, areaItems));
        items += areaItems;
        submitted += areaSubmitted;
        verified += areaVerified;
        ownTargetDue += areaOwnTargetDue;
        if (areaLastActivity != null && (lastActivity == null || areaLastActivity.isAfter(lastActivity))) {
            lastActivity = areaLastActivity;
        }
    }

    AgencyProgress progress(LocalDate asOf, ScheduleRule rule) {
        BigDecimal expected = signedOn == null ? null : rule.expectedPercent(signedOn, asOf, items, ownTargetDue);
        return new AgencyProgress(agencyId, agencyName, ori, state, pledgeId, pledgeStatus, signedOn,
                signedOn == null ? 0 : PledgeSchedule.monthsElapsed(signedOn, asOf), items, submitted, verified,
                expected, rule.statusOf(pledgeStatus, signedOn, asOf, verified, items, expected), lastActivity, List.copyOf(areas));
    }
}
