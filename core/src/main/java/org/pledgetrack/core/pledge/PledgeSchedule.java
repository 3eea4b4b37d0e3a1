package org.pledgetrack.core.pledge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The campaign's clock: an agency has 36 months from signing. What is expected by a date is
 * {@link ScheduleRule}'s to say; this class only tells dates and the share of time passed.
 */
public final class PledgeSchedule {

    public static final int MONTHS_TO_COMPLETE = 36;

    private PledgeSchedule() {
    }

    public static LocalDate targetDate(LocalDate signedOn) {
        return signedOn.plusMonths(MONTHS_TO_COMPLETE);
    }

    /**
     * Whether the 36 months have passed on {@code asOf}: the deadline day itself is still within them,
     * the day after is not.
     */
    public static boolean pastDeadline(LocalDate signedOn, LocalDate asOf) {
        return asOf.isAfter(targetDate(signedOn));
    }

    /** Whole months since signing, never negative. */
    public static int monthsElapsed(LocalDate signedOn, LocalDate asOf) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(signedOn, asOf));
    }

    /** Share of the 36 months that has passed on {@code asOf}, 0-1, by days so it moves every day. */
    public static double expectedShare(LocalDate signedOn, LocalDate asOf) {
        long total = ChronoUnit.DAYS.between(signedOn, targetDate(signedOn));
        long elapsed = ChronoUnit.DAYS.between(signedOn, asOf);
        return Math.clamp((double) elapsed / total, 0.0, 1.0);
    }
}
