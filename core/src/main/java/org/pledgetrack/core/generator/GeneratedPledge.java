package org.pledgetrack.core.generator;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A generated pledge kept in memory to derive the prior snapshots from its items' histories.
 *
 * @param withdrawnAt when the pledge was withdrawn; null while it is active
 * @param focusAreaIds each item's focus area, index for index with {@code items}
 */
record GeneratedPledge(long agencyId, long pledgeId, String state, LocalDate signedOn, Instant withdrawnAt,
                       long[] focusAreaIds, ItemHistory[] items) {
}
