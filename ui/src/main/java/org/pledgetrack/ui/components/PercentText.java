package org.pledgetrack.ui.components;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;
import org.pledgetrack.core.pledge.ScheduleRule;

/**
 * The one way a screen writes a percentage: the figure as the status rule computes it (two decimals),
 * without trailing zeros, and the sign right after the number: "36%", "56.41%". So the same share
 * reads the same on My pledge, the agency lists, the dashboards and the charts.
 */
public final class PercentText {

    private PercentText() {
    }

    /** "–" when there is no figure. */
    public static String of(@Nullable BigDecimal percent) {
        if (percent == null) {
            return "–";
        }
        return percent.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /** {@code part} of {@code total} as {@link ScheduleRule#percent} computes it. */
    public static String of(int part, int total) {
        return of(ScheduleRule.percent(part, total));
    }

    /** A figure already computed as a double (a chart's point). */
    public static String of(double percent) {
        return of(BigDecimal.valueOf(percent));
    }
}
