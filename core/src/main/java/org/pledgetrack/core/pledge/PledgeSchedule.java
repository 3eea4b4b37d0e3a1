package org.pledgetrack.core.pledge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The campaign's clock: an agency has 36 months from signing. The expected share of items done
 * grows linearly over those months (the rule the UI explains to users).
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

    /** Share of the 36 months that has passed, 0-100, by days so it moves every day. */
    public static double expectedPercent(LocalDate signedOn, LocalDate asOf) {
        long total = ChronoUnit.DAYS.between(signedOn, targetDate(signedOn));
        long elapsed = ChronoUnit.DAYS.between(signedOn, asOf);
        return Math.clamp(100.0 * elapsed / total, 0.0, 100.0);
    }
}
