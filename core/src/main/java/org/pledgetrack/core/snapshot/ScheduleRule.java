package org.pledgetrack.core.snapshot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.pledgetrack.core.pledge.PledgeSchedule;

/**
 * Turns item counts into the numbers a status snapshot shows, so the batch jobs and the screens
 * agree. Only verified items count as done. The schedule status compares the verified share with
 * the share of the 36 months that has passed ({@link PledgeSchedule#expectedPercent}):
 * <ul>
 *   <li>COMPLETE: every item verified;</li>
 *   <li>ON_TRACK: verified share at most {@code atRiskPoints} percentage points below expected;</li>
 *   <li>AT_RISK: at most {@code behindPoints} points below expected;</li>
 *   <li>BEHIND: further below.</li>
 * </ul>
 * The thresholds are the properties {@code pledgetrack.schedule.at-risk-points} (default 10) and
 * {@code pledgetrack.schedule.behind-points} (default 25).
 */
public final class ScheduleRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal atRiskPoints;
    private final BigDecimal behindPoints;

    public ScheduleRule(BigDecimal atRiskPoints, BigDecimal behindPoints) {
        if (atRiskPoints.signum() < 0 || behindPoints.compareTo(atRiskPoints) < 0) {
            throw new IllegalArgumentException(
                    "Schedule thresholds must satisfy 0 <= at-risk-points <= behind-points, not "
                            + atRiskPoints + " and " + behindPoints);
        }
        this.atRiskPoints = atRiskPoints;
        this.behindPoints = behindPoints;
    }

    /** {@code part} as a percentage of {@code total}, two decimals, half up; 0 when total is 0. */
    public static BigDecimal percent(int part, int total) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    /** The share of the pledge time that has passed on {@code asOf}, two decimals, 0-100. */
    public static BigDecimal expectedPercent(LocalDate signedOn, LocalDate asOf) {
        return BigDecimal.valueOf(PledgeSchedule.expectedPercent(signedOn, asOf)).setScale(2, RoundingMode.HALF_UP);
    }

    public ScheduleStatus statusOf(int verified, int total, BigDecimal expectedPercent) {
        if (total > 0 && verified == total) {
            return ScheduleStatus.COMPLETE;
        }
        BigDecimal shortfall = expectedPercent.subtract(percent(verified, total));
        if (shortfall.compareTo(atRiskPoints) <= 0) {
            return ScheduleStatus.ON_TRACK;
        }
        return shortfall.compareTo(behindPoints) <= 0 ? ScheduleStatus.AT_RISK : ScheduleStatus.BEHIND;
    }
}
