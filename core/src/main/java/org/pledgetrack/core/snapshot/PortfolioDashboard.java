package org.pledgetrack.core.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the overseer (the whole country) or a TA staff member (their assigned agencies) sees,
 * read from the latest snapshot. {@code states} is filled for the national view only;
 * {@code oldestWaitDays} is the age of the oldest item waiting for review, null when none waits.
 */
public record PortfolioDashboard(LocalDate asOf, String scope, int agencies, BigDecimal pctSubmitted,
                                 BigDecimal pctVerified, StatusDistribution distribution, List<AreaProgress> areas,
                                 List<TrendPoint> trend, List<StateRow> states, List<AgencyStatusRow> agencyRows,
                                 List<OverdueGrant> overdueGrants, int waitingReview, Integer oldestWaitDays) {
}
