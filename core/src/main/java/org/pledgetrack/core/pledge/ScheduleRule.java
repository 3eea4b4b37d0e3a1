package org.pledgetrack.core.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one rule that says whether a pledge keeps pace with its 36-month clock. Every screen, the
 * status job, the reports, the API and the dataset generator ask this class; nothing else decides.
 *
 * <p>Expected by the as-of date: every item counts by the share of the 36 months that has passed
 * ({@link PledgeSchedule#expectedShare}); an item whose own target date has arrived (on or before the
 * as-of date) counts in full. An own target date can therefore only make an item expected earlier than
 * the straight line, never later: a target set past the deadline (or near it) is an honest plan but
 * does not make a pledge look more on track than the clock says.
 *
 * <p>The status compares the verified share with the expected share, both rounded to two decimals as
 * the screens show them. The shortfall is expected minus verified, in percentage points:
 * COMPLETE when every item is verified; otherwise PAST_DEADLINE once the as-of date is after the
 * 36-month deadline ({@link PledgeSchedule#pastDeadline}); before it ON_TRACK when the shortfall is at
 * most {@code atRiskPoints}; AT_RISK when at most {@code behindPoints}; BEHIND beyond. Past deadline is
 * decided by the as-of date, like everything else here, so a past date's status never changes later.
 *
 * @param atRiskPoints {@code pledgetrack.schedule.at-risk-points}: the largest shortfall still on track
 * @param behindPoints {@code pledgetrack.schedule.behind-points}: the largest shortfall still only at risk
 */
@ConfigurationProperties("pledgetrack.schedule")
public record ScheduleRule(@DefaultValue("10") BigDecimal atRiskPoints, @DefaultValue("25") BigDecimal behindPoints) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ScheduleRule {
        if (atRiskPoints == null || atRiskPoints.signum() < 0) {
            throw new IllegalArgumentException("pledgetrack.schedule.at-risk-points must be 0 or more, not " + atRiskPoints);
        }
        if (behindPoints == null || behindPoints.compareTo(atRiskPoints) < 0) {
            throw new IllegalArgumentException("pledgetrack.schedule.behind-points (" + behindPoints
                    + ") must be at least pledgetrack.schedule.at-risk-points (" + atRiskPoints + ")");
        }
    }

    /** {@code part} as a percentage of {@code total}, two decimals, half up; 0 when total is 0. */
    public static BigDecimal percent(int part, int total) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    /**
     * The share of a pledge's items expected verified by {@code asOf}, 0-100, two decimals.
     *
     * @param items        the pledge's (or focus area's) items
     * @param ownTargetDue of those, the items whose own target date is on or before {@code asOf}
     */
    public BigDecimal expectedPercent(LocalDate signedOn, LocalDate asOf, int items, int ownTargetDue) {
        if (items == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (ownTargetDue < 0 || ownTargetDue > items) {
            throw new IllegalArgumentException(ownTargetDue + " of " + items + " items cannot have their target due");
        }
        double share = PledgeSchedule.expectedShare(signedOn, asOf);
        double expected = 100.0 * (ownTargetDue + (items - ownTargetDue) * share) / items;
        return BigDecimal.valueOf(expected).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Where {@code verified} of {@code total} items of a pledge signed on {@code signedOn} stand on
     * {@code asOf} against {@code expectedPercent}.
     */
    public ScheduleStatus statusOf(LocalDate signedOn, LocalDate asOf, int verified, int total,
                                   BigDecimal expectedPercent) {
        if (total > 0 && verified == total) {
            return ScheduleStatus.COMPLETE;
        }
        if (PledgeSchedule.pastDeadline(signedOn, asOf)) {
            return ScheduleStatus.PAST_DEADLINE;
        }
        BigDecimal shortfall = expectedPercent.subtract(percent(verified, total));
        if (shortfall.compareTo(atRiskPoints) <= 0) {
            return ScheduleStatus.ON_TRACK;
        }
        return shortfall.compareTo(behindPoints) <= 0 ? ScheduleStatus.AT_RISK : ScheduleStatus.BEHIND;
    }

    /**
     * Where a pledge stands: none without a pledge or once it is withdrawn (there is no schedule to
     * keep), COMPLETE once it is completed, otherwise as
     * {@link #statusOf(LocalDate, LocalDate, int, int, BigDecimal)}.
     */
    public ScheduleStatus statusOf(PledgeStatus pledge, LocalDate signedOn, LocalDate asOf, int verified, int total,
                                   BigDecimal expectedPercent) {
        if (pledge == null || pledge == PledgeStatus.WITHDRAWN) {
            return null;
        }
        return pledge == PledgeStatus.ACTIVE ? statusOf(signedOn, asOf, verified, total, expectedPercent)
                : ScheduleStatus.COMPLETE;
    }

    /** The rule in words, for the screens and reports that show a schedule status; built from the same settings. */
    public String explanation() {
        return "Expected by now: every item counts by the share of the 36 months since signing that has passed; "
                + "an item whose own target date has arrived counts in full, so a target date can make an item expected "
                + "sooner, never later. On track when the verified share is at most "
                + points(atRiskPoints) + " points below the expected share, at risk when at most " + points(behindPoints)
                + " points below, behind beyond that; complete when every item is verified; past deadline when the "
                + "36 months have passed and not every item is verified.";
    }

    private static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
