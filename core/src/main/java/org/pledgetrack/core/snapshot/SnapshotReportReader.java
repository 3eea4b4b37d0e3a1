package org.pledgetrack.core.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.Record;
import org.jooq.ResultQuery;
import org.pledgetrack.core.report.ReportFilters;
import org.springframework.stereotype.Component;

/**
 * The queries of the reports read from the snapshot tables of an as-of date, for the report job to
 * stream. It checks nothing, because the report was checked when it was requested
 * ({@code ReportService.request}) and the job runs without a signed-in user: the rows are those the
 * filters choose. Each query's columns are in the report's column order; a summary query returns the
 * rows under a report in the same columns, {@code label} in the first, its counts summed over the
 * same snapshot rows and its ratios recomputed from those sums.
 */
@Component
public class SnapshotReportReader {

    private final SnapshotReportRepository repository;

    SnapshotReportReader(SnapshotReportRepository repository) {
        this.repository = repository;
    }

    /** The focus areas of the published catalog, by position: the agency status report's per-area columns. */
    public List<FocusAreaColumn> publishedFocusAreas() {
        return repository.publishedFocusAreas();
    }

    /**
     * One row per agency of the pledge status snapshot on {@code asOf} that the filters choose (state,
     * schedule status, agencies assigned to the provider's TA staff, the grant's lead agency), by
     * agency name: its status, counts and shares, the verified share in each of {@code areas}, then
     * the rest of the agency's row.
     */
    public ResultQuery<? extends Record> agencyStatus(LocalDate asOf, ReportFilters filters, List<FocusAreaColumn> areas) {
        return repository.agencyStatus(asOf, filters, areas);
    }

    /** The summary row of {@link #agencyStatus}; unfiltered it equals the NATIONAL roll-up row. */
    public ResultQuery<? extends Record> agencyStatusSummary(LocalDate asOf, ReportFilters filters, List<FocusAreaColumn> areas,
                                                  String label) {
        return repository.agencyStatusSummary(asOf, filters, areas, label);
    }

    /** The national and state roll-up rows on {@code asOf} (national and that state's when {@code state} is set). */
    public ResultQuery<? extends Record> focusAreaSummary(LocalDate asOf, String state) {
        return repository.focusAreaSummary(asOf, state);
    }

    /** The roll-up rows of {@link #focusAreaSummary} over all focus areas: national, and the state chosen. */
    public ResultQuery<? extends Record> focusAreaSummaryTotals(LocalDate asOf, String state) {
        return repository.focusAreaSummaryTotals(asOf, state);
    }

    /** One row per grant of the deliverable snapshot on {@code asOf} that the filters choose, by award number. */
    public ResultQuery<? extends Record> grantDeliverables(LocalDate asOf, ReportFilters filters) {
        return repository.grantDeliverables(asOf, filters);
    }

    /** The summary row of {@link #grantDeliverables}; it leaves the medians empty. */
    public ResultQuery<? extends Record> grantDeliverablesSummary(LocalDate asOf, ReportFilters filters, String label) {
        return repository.grantDeliverablesSummary(asOf, filters, label);
    }

    /** One row per TA provider of the deliverable snapshot on {@code asOf} (one provider when set), by name. */
    public ResultQuery<? extends Record> providerActivity(LocalDate asOf, Long providerId) {
        return repository.providerActivity(asOf, providerId);
    }

    /** The summary row of {@link #providerActivity}; it leaves the medians empty. */
    public ResultQuery<? extends Record> providerActivitySummary(LocalDate asOf, Long providerId, String label) {
        return repository.providerActivitySummary(asOf, providerId, label);
    }

    /** When the deliverable snapshot of {@code asOf} was computed; empty before its run. */
    public Optional<Instant> deliverablesComputedAt(LocalDate asOf) {
        return repository.deliverablesComputedAt(asOf);
    }
}
