package org.pledgetrack.core.snapshot;

import java.math.BigDecimal;

/** Progress in one focus area (by its position in the catalog) for a scope or one agency. */
public record AreaProgress(int position, String focusArea, int itemsTotal, int submitted, int verified,
                           BigDecimal pctSubmitted, BigDecimal pctVerified, StatusDistribution distribution) {
}
