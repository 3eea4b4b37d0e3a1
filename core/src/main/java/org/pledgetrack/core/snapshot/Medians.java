package org.pledgetrack.core.snapshot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

/** Medians of durations for the deliverable snapshot, in hours or days with two decimals. */
public final class Medians {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Medians() {
    }

    public static BigDecimal hours(Duration duration) {
        return BigDecimal.valueOf(duration.toSeconds()).divide(BigDecimal.valueOf(3_600), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal days(Duration duration) {
        return BigDecimal.valueOf(duration.toSeconds()).divide(BigDecimal.valueOf(86_400), 2, RoundingMode.HALF_UP);
    }

    /** The middle value, or the mean of the two middle values (half up); null for no values. */
    public static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle).setScale(2, RoundingMode.HALF_UP);
        }
        return sorted.get(middle - 1).add(sorted.get(middle)).divide(TWO, 2, RoundingMode.HALF_UP);
    }
}
