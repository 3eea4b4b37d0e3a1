package org.pledgetrack.core.snapshot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds of the agency status lists kept in memory.
 *
 * @param maxRows {@code pledgetrack.snapshot-cache.max-rows}: rows held across all lists (100,000 is roughly
 *                35 MB); must exceed the largest list, the agencies of one date
 * @param ttl     {@code pledgetrack.snapshot-cache.ttl}: how long a list is kept at most, the backstop for
 *                rows changed by hand in the database
 */
@ConfigurationProperties("pledgetrack.snapshot-cache")
record SnapshotCacheSettings(@DefaultValue("100000") long maxRows, @DefaultValue("PT10M") Duration ttl) {

    SnapshotCacheSettings {
        if (maxRows < 1 || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("pledgetrack.snapshot-cache: max-rows must be at least 1 and ttl "
                    + "positive, not " + maxRows + " and " + ttl);
        }
    }
}
