package org.pledgetrack.core.pledge;

import org.jspecify.annotations.Nullable;

/**
 * Which submitted items a reviewer wants to see: one agency, one focus area (by its position, 1-6,
 * which names the same area in every catalog version), and items waiting at least some days. Each part left empty (null, 0) does not narrow the queue. An agency the user may
 * not review gives an empty queue, never that agency's items.
 */
public record ReviewQueueFilter(@Nullable Long agencyId, @Nullable Integer focusAreaPosition, int minDaysWaiting) {

    public ReviewQueueFilter {
        if (minDaysWaiting < 0) {
            throw new IllegalArgumentException("Days waiting cannot be negative.");
        }
    }

    /** The whole queue. */
    public static ReviewQueueFilter everything() {
        return new ReviewQueueFilter(null, null, 0);
    }
}
