package org.pledgetrack.core.grant;

import org.jspecify.annotations.Nullable;

/** One of the program's activity measures and the count a report gives for it (null: not entered). */
public record MeasureCount(long measureId, String code, String label, @Nullable Integer count) {

    /** The largest count accepted for one measure in one period. */
    public static final int MAX_COUNT = 1_000_000;
}
