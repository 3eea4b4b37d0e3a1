package org.pledgetrack.core.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A percentage on one as-of date. */
public record TrendPoint(LocalDate asOf, BigDecimal percent) {
}
