package org.pledgetrack.core.pledge;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * When a policy given as evidence took effect and when the agency means to review it; either may be unknown.
 * A review date before the effective date is refused.
 */
public record EvidenceDates(@Nullable LocalDate effectiveOn, @Nullable LocalDate reviewBy) {

    public static final EvidenceDates NONE = new EvidenceDates(null, null);

    public static final String REVIEW_BEFORE_EFFECTIVE = "The review date cannot be before the date the policy took effect.";

    public EvidenceDates {
        if (effectiveOn != null && reviewBy != null && reviewBy.isBefore(effectiveOn)) {
            throw new IllegalArgumentException(REVIEW_BEFORE_EFFECTIVE);
        }
    }
}
