package org.pledgetrack.batch.report;

import static org.pledgetrack.batch.report.ReportColumn.date;
import static org.pledgetrack.batch.report.ReportColumn.decimal;
import static org.pledgetrack.batch.report.ReportColumn.integer;
import static org.pledgetrack.batch.report.ReportColumn.labelled;
import static org.pledgetrack.batch.report.ReportColumn.percent;
import static org.pledgetrack.batch.report.ReportColumn.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pledgetrack.core.agency.AgencyType;
import org.pledgetrack.core.grant.DeliverableStatus;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.grant.GrantReportReader;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeReportReader;
import org.pledgetrack.core.pledge.PledgeStatus;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.snapshot.FocusAreaColumn;
import org.pledgetrack.core.snapshot.SnapshotReportReader;
import org.pledgetrack.core.snapshot.SnapshotService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each report type's columns and chart, over the rows core's report readers select: from the
 * snapshot tables of the as-of date (the overdue list and the item detail read the deliverables and
 * items as they stood on that date). Filters that do not concern a report type are ignored by it:
 * provider activity, for instance, has no state. Headers say exactly what a column counts, codes are
 * shown as labels, and each report's summary rows sum the counts of the same snapshot rows and
 * recompute their ratios from those sums.
 */
@Component
class ReportQueries {

    private static final Map<String, String> ROLLUP_SCOPES = Map.of(
            "NATIONAL", "All agencies (national)", "STATE", "All agencies in the state");

    private final JdbcTemplate jdbc;
    private final SnapshotService snapshots;
    private final SnapshotReportReader snapshotReports;
    private final GrantReportReader grantReports;
    private final PledgeReportReader pledgeReports;

    ReportQueries(JdbcTemplate jdbc, SnapshotService snapshots, SnapshotReportReader snapshotReports,
                  GrantReportReader grantReports, PledgeReportReader pledgeReports) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.snapshotReports = snapshotReports;
        this.grantReports = grantReports;
        this.pledgeReports = pledgeReports;
    }

    ReportQuery forReport(ReportType type, LocalDate asOf, ReportFilters filters) {
        return switch (type) {
            case AGENCY_STATUS -> agencyStatus(asOf, filters);
            case FOCUS_AREA_SUMMARY -> focusAreaSummary(asOf, filters);
            case GRANT_DELIVERABLES -> grantDeliverables(asOf, filters);
            case OVERDUE_DELIVERABLES -> overdueDeliverables(asOf, filters);
            case PROVIDER_ACTIVITY -> providerActivity(asOf, filters);
            case AGENCY_ITEMS -> agencyItems(asOf, filters);
            case GRANT_PROGRESS_REPORT -> progressReport(asOf, filters);
            case AGENCY_DOSSIER -> dossierFiles(asOf, filters);
        };
    }

    /**
     * When the snapshot a report reads was computed; empty for the overdue list and the progress
     * report, which read the deliverables and reports themselves when they are generated.
     */
    Optional<Instant> computedAt(ReportType type, LocalDate asOf) {
        return switch (type) {
            case AGENCY_STATUS, FOCUS_AREA_SUMMARY, AGENCY_ITEMS -> snapshots.computedAt(asOf);
            case GRANT_DELIVERABLES, PROVIDER_ACTIVITY -> snapshotReports.deliverablesComputedAt(asOf);
            case OVERDUE_DELIVERABLES, GRANT_PROGRESS_REPORT, AGENCY_DOSSIER -> Optional.empty();
        };
    }

    /** The summary rows of a report, mapped like its rows. */
    List<List<Object>> summaryRows(ReportQuery query) {
        if (query.summarySql() == null) {
            return List.of();
        }
        return jdbc.query(query.summarySql(), new ReportRowMapper(query.columns()),
                query.summaryParameters().toArray());
    }

    /** How many rows the query returns: the progress bar's total. */
    long count(ReportQuery query) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM (" + query.sql() + ") AS report_rows", Long.class,
                query.parameters().toArray());
        return count == null ? 0 : count;
    }

    private ReportQuery agencyStatus(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = new ArrayList<>(List.of(text("Agency", 34), text("ORI", 14), text("State", 9),
                labelled("Pledge status", PledgeStatus.class, PledgeStatus::label),
                labelled("Schedule status", ScheduleStatus.class, ScheduleStatus::label), integer("Items in pledge"),
                integer("Items verified"), integer("Items submitted"), integer("Items waiting for review"),
                percent("% verified"), percent("Expected % by now")));
        List<FocusAreaColumn> areas = snapshotReports.publishedFocusAreas();
        areas.forEach(area -> columns.add(percent("% verified: " + area.name())));
        // the rest of the agency's row, for sorting and filtering in a spreadsheet
        columns.addAll(List.of(text("City", 18), labelled("Agency type", AgencyType.class, AgencyType::label),
                integer("Sworn officers"), date("Signed on"), date("Target date"), integer("Items not started"),
                integer("Items in progress"), integer("Items returned"), percent("% submitted or verified"),
                integer("Days since last activity"), integer("Oldest review wait (days)")));
        String label = filters.equals(ReportFilters.NONE) ? "All agencies (national)" : "All agencies in this report";
        return ReportQuery.of(columns, snapshotReports.agencyStatus(asOf, filters, areas),
                        ChartSpec.countBy("Agencies by schedule status", 4))
                .withSummary(snapshotReports.agencyStatusSummary(asOf, filters, areas, label));
    }

    private ReportQuery focusAreaSummary(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(labelled("Scope", ROLLUP_SCOPES), text("State", 9),
                text("Focus area", 30), integer("Agencies"), integer("Items"), integer("Items submitted"),
                integer("Items verified"), percent("% submitted or verified"), percent("% verified"),
                integer("Agencies on track"), integer("Agencies at risk"), integer("Agencies behind"),
                integer("Agencies past deadline"), integer("Agencies complete"));
        return ReportQuery.of(columns, snapshotReports.focusAreaSummary(asOf, filters.state()),
                        ChartSpec.sumOf("National % verified by focus area", 2, 8)
                                .onlyWhere(0, ROLLUP_SCOPES.get("NATIONAL")))
                .withSummary(snapshotReports.focusAreaSummaryTotals(asOf, filters.state()));
    }

    private ReportQuery grantDeliverables(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(text("Award number", 16), text("Site", 28),
                integer("Deliverables (not cancelled)"), integer("Delivered"), percent("% of delivered on time"),
                integer("Overdue"), integer("Oldest overdue (days)"), integer("Due in the next 30 days"),
                decimal("Median first response to TA requests (hours)"),
                decimal("Median TA request to delivery (days)"), integer("Grantee reports late"),
                text("Funds at risk", 8), text("Partners", 48));
        String label = unfiltered(filters) ? "All grants" : "All grants in this report";
        return ReportQuery.of(columns, snapshotReports.grantDeliverables(asOf, filters),
                        ChartSpec.sumOf("Delivered per grant", 0, 3))
                .withSummary(snapshotReports.grantDeliverablesSummary(asOf, filters, label));
    }

    private static boolean unfiltered(ReportFilters filters) {
        return filters.state() == null && filters.providerId() == null && filters.grantId() == null;
    }

    private ReportQuery overdueDeliverables(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(text("Award number", 16), text("TA provider", 28), text("Deliverable", 40),
                labelled("Type", DeliverableType.class, DeliverableType::label), date("Due"), integer("Days overdue"),
                labelled("Status now", DeliverableStatus.class, DeliverableStatus::label));
        return ReportQuery.of(columns, grantReports.overdueDeliverables(asOf, filters.grantId(), filters.providerId(),
                        filters.state()), ChartSpec.countBy("Overdue deliverables by TA provider", 1))
                .withSummary(grantReports.overdueDeliverablesSummary(asOf, filters.grantId(), filters.providerId(),
                        filters.state()));
    }

    private ReportQuery providerActivity(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(text("TA provider", 34), integer("Deliverables (not cancelled)"),
                integer("Delivered"), percent("% of delivered on time"), integer("Overdue"),
                decimal("Hours delivered"), integer("Attendees"), integer("Deliveries rated"),
                decimal("Average rating (1 to 5)"), decimal("Median first response to TA requests (hours)"),
                decimal("Median TA request to delivery (days)"));
        String label = filters.providerId() == null ? "All TA providers" : "All TA providers in this report";
        return ReportQuery.of(columns, snapshotReports.providerActivity(asOf, filters.providerId()),
                        ChartSpec.sumOf("Hours delivered per TA provider", 0, 5))
                .withSummary(snapshotReports.providerActivitySummary(asOf, filters.providerId(), label));
    }

    /**
     * One grant's progress report for the period that includes the as-of date, one line per fact in
     * three columns (section, item, detail), so the CSV, XLSX and PDF writers make it like any report.
     */
    private ReportQuery progressReport(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(text("Section", 14), text("Item", 32), text("Detail", 64));
        return ReportQuery.of(columns, grantReports.progressReport(asOf, filters.grantId()),
                ChartSpec.countBy("Lines per section", 0));
    }

    private ReportQuery agencyItems(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(integer("Item"), text("Focus area", 24), text("Title", 50),
                labelled("Status on the as-of date", ItemStatus.class, ItemStatus::label), text("Owner", 20),
                date("Target date"));
        return ReportQuery.of(columns, pledgeReports.agencyItems(asOf, filters.agencyId()),
                ChartSpec.countBy("Items by status", 3));
    }

    /** The rows of a dossier: the agency's kept evidence files, with the storage key their bytes are read from. */
    private ReportQuery dossierFiles(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(integer("Item"), text("Title", 50), text("File", 50),
                text("Storage key", 32));
        return ReportQuery.of(columns, pledgeReports.dossierFiles(asOf, filters.agencyId()), null);
    }
}
