package org.pledgetrack.core.pledge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The campaign's clock: an agency has 36 months from signing. The expected share of items done
 * grows linearly over those months, except that an item with its own target date counts as
 * expected once that date has passed and not before (the rule the UI explains to users).
 */
public final class PledgeSchedule {

    public static final int MONTHS_TO_COMPLETE = 36;

    private PledgeSchedule() {
    }

    public static LocalDate targetDate(LocalDate signedOn) {
        return signedOn.plusMonths(MONTHS_TO_COMPLETE);
    }

    /** Whole months since signing, never negative. */
    public static int monthsElapsed(LocalDate signedOn, LocalDate asOf) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(signedOn, asOf));
    }

    /** The rule in words, for the screens that show the schedule status. */
    public static final String RULE = "Expected by now: each item with its own target date counts once that date "
            + "has passed; every other item counts by the share of the 36 months that has passed. On track when the "
            + "verified share is at least the expected share; at risk when it is less than "
            + (int) ScheduleStatus.AT_RISK_MARGIN + " points below.";

    /**
     * Expected share of items verified by {@code asOf}, 0-100.
     *
     * @param items          all items of the pledge
     * @param withOwnTarget  items that carry their own target date
     * @param ownTargetDue   of those, the ones whose target date is on or before {@code asOf}
     */
    public static double expectedPercent(LocalDate signedOn, LocalDate asOf, int items, int withOwnTarget,
                                         int ownTargetDue) {
        if (items == 0) {
            return 0;
        }
        double linearShare = expectedPercent(signedOn, asOf) / 100.0;
        return 100.0 * (ownTargetDue + (items - withOwnTarget) * linearShare) / items;
    }

    /** Share of the 36 months that has passed on {@code asOf}, 0-1, by days so it moves every day. */
    public static double expectedShare(LocalDate signedOn, LocalDate asOf) {
        long total = ChronoUnit.DAYS.between(signedOn, targetDate(signedOn));
        long elapsed = ChronoUnit.DAYS.between(signedOn, asOf);
        return Math.clamp((double) elapsed / total, 0.0, 1.0);
    }

    /** Share of the 36 months that has passed, 0-100, by days so it moves every day. */
    public static double expectedPercent(LocalDate signedOn, LocalDate asOf) {
        long total = ChronoUnit.DAYS.between(signedOn, targetDate(signedOn));
        long elapsed = ChronoUnit.DAYS.between(signedOn, asOf);
        return Math.clamp(100.0 * elapsed / total, 0.0, 100.0);
    }
}
