package org.pledgetrack.core.snapshot;

import java.math.BigDecimal;

/** One state's roll-up. */
public record StateRow(String state, int agencies, BigDecimal pctSubmitted, BigDecimal pctVerified,
                       StatusDistribution distribution) {
}
