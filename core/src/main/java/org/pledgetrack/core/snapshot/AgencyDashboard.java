package org.pledgetrack.core.snapshot;

import java.time.LocalDate;
import java.util.List;

/** One agency's progress from the latest snapshot, its trend and the national median on the same dates. */
public record AgencyDashboard(LocalDate asOf, AgencyStatusRow totals, List<AreaProgress> areas,
                              List<TrendPoint> trend, List<TrendPoint> nationalMedian) {
}
