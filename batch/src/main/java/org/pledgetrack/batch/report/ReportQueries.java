package org.pledgetrack.batch.report;

import static org.pledgetrack.batch.report.ReportColumn.date;
import static org.pledgetrack.batch.report.ReportColumn.decimal;
import static org.pledgetrack.batch.report.ReportColumn.integer;
import static org.pledgetrack.batch.report.ReportColumn.labelled;
import static org.pledgetrack.batch.report.ReportColumn.percent;
import static org.pledgetrack.batch.report.ReportColumn.text;
import static org.pledgetrack.batch.report.SqlRatio.percent;
import static org.pledgetrack.batch.report.SqlRatio.quotient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pledgetrack.core.agency.AgencyType;
import org.pledgetrack.core.grant.DeliverableStatus;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeReportReader;
import org.pledgetrack.core.pledge.PledgeStatus;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.snapshot.SnapshotService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL behind each report type, read from the snapshot tables of the as-of date (the overdue
 * list and the item detail read the deliverables and items as they stood on that date). Filters
 * that do not concern a report type are ignored by it: provider activity, for instance, has no state.
 * Headers say exactly what a column counts, codes are shown as labels, and each report's summary
 * rows sum the counts of the same snapshot rows and recompute their ratios from those sums.
 */
@Component
class ReportQueries {

    private static final Map<String, String> ROLLUP_SCOPES = Map.of(
            "NATIONAL", "All agencies (national)", "STATE", "All agencies in the state");

    private final JdbcTemplate jdbc;
    private final SnapshotService snapshots;
    private final PledgeReportReader pledgeReports;

    ReportQueries(JdbcTemplate jdbc, SnapshotService snapshots, PledgeReportReader pledgeReports) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
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
            case GRANT_PROGRESS_REPORT -> ProgressReportQuery.of(asOf, filters.grantId());
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
            case GRANT_DELIVERABLES, PROVIDER_ACTIVITY -> Optional.ofNullable(jdbc.queryForObject(
                    "SELECT MAX(computed_at) FROM deliverable_snapshot WHERE as_of = ?", LocalDateTime.class, asOf))
                    .map(computed -> computed.toInstant(ZoneOffset.UTC));
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
        StringBuilder select = new StringBuilder("""
                SELECT o.name, o.ori, s.state, s.pledge_status, s.schedule_status, s.items_total, s.verified,
                       s.submitted, s.waiting_review, s.pct_verified, s.expected_pct""");
        List<FocusAreaName> areas = focusAreas();
        for (FocusAreaName area : areas) {
            columns.add(percent("% verified: " + area.name()));
            select.append(", (SELECT a.pct_verified FROM agency_area_snapshot a JOIN focus_area f ON f.id = a.focus_area_id"
                    + " WHERE a.as_of = s.as_of AND a.agency_id = s.agency_id AND f.position = ").append(area.position())
                    .append(")");
        }
        // the rest of the agency's row, for sorting and filtering in a spreadsheet
        columns.addAll(List.of(text("City", 18), labelled("Agency type", AgencyType.class, AgencyType::label),
                integer("Sworn officers"), date("Signed on"), date("Target date"), integer("Items not started"),
                integer("Items in progress"), integer("Items returned"), percent("% submitted or verified"),
                integer("Days since last activity"), integer("Oldest review wait (days)")));
        select.append(", o.city, o.agency_type, o.sworn_officers, p.signed_on, p.target_on, s.not_started,"
                + " s.in_progress, s.returned, s.pct_submitted, s.days_since_activity, s.oldest_wait_days");
        Where where = new Where().add("s.as_of = ?", asOf)
                .addIf(filters.state(), "s.state = ?")
                .addIf(filters.scheduleStatus() == null ? null : filters.scheduleStatus().name(), "s.schedule_status = ?")
                .addIf(filters.providerId(), "s.agency_id IN (SELECT t.agency_id FROM ta_agency_assignment t"
                        + " JOIN app_user u ON u.id = t.user_id WHERE u.organization_id = ?)")
                .addIf(filters.grantId(), "s.agency_id IN (SELECT g.lead_agency_id FROM bcji_grant g WHERE g.id = ?)");
        String sql = select + " FROM agency_snapshot s JOIN organization o ON o.id = s.agency_id"
                + " JOIN pledge p ON p.id = s.pledge_id" + where.sql()
                + " ORDER BY o.name, s.agency_id";
        List<Object> summaryParameters = new ArrayList<>(where.parameters());
        summaryParameters.add(filters.equals(ReportFilters.NONE) ? "All agencies (national)" : "All agencies in this report");
        return new ReportQuery(columns, sql, where.parameters(), ChartSpec.countBy("Agencies by schedule status", 4))
                .withSummary(agencyStatusSummary(where, areas), summaryParameters);
    }

    /**
     * One row over the report's agency rows: counts summed, percentages from the summed counts (per
     * focus area from the agency × focus-area rows), the expected share weighted by items, the
     * longest review wait; unfiltered it equals the NATIONAL roll-up row.
     */
    private static String agencyStatusSummary(Where where, List<FocusAreaName> areas) {
        StringBuilder sql = new StringBuilder("WITH report_rows AS (SELECT s.*, o.sworn_officers FROM agency_snapshot s"
                + " JOIN organization o ON o.id = s.agency_id" + where.sql() + "),"
                + " area_sums AS (SELECT f.position, SUM(a.verified) AS verified, SUM(a.items_total) AS items"
                + " FROM agency_area_snapshot a JOIN report_rows s ON s.as_of = a.as_of AND s.agency_id = a.agency_id"
                + " JOIN focus_area f ON f.id = a.focus_area_id GROUP BY f.position)"
                + " SELECT ?, NULL, NULL, NULL, NULL, SUM(items_total), SUM(verified), SUM(submitted), SUM(waiting_review), ")
                .append(percent("SUM(verified)", "SUM(items_total)")).append(", ")
                .append(quotient("SUM(expected_pct * items_total)", "SUM(items_total)"));
        for (FocusAreaName area : areas) {
            sql.append(", (SELECT ").append(percent("verified", "items")).append(" FROM area_sums WHERE position = ")
                    .append(area.position()).append(")");
        }
        return sql.append(", NULL, NULL, SUM(sworn_officers), NULL, NULL, SUM(not_started), SUM(in_progress),"
                        + " SUM(returned), ").append(percent("SUM(submitted) + SUM(verified)", "SUM(items_total)"))
                .append(", NULL, MAX(oldest_wait_days) FROM report_rows").toString();
    }

    private ReportQuery focusAreaSummary(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(labelled("Scope", ROLLUP_SCOPES), text("State", 9),
                text("Focus area", 30), integer("Agencies"), integer("Items"), integer("Items submitted"),
                integer("Items verified"), percent("% submitted or verified"), percent("% verified"),
                integer("Agencies on track"), integer("Agencies at risk"), integer("Agencies behind"),
                integer("Agencies past deadline"), integer("Agencies complete"));
        Where where = new Where().add("r.as_of = ?", asOf)
                .add("r.scope_type IN ('NATIONAL', 'STATE')", null)
                .addIf(filters.state(), "(r.scope_type = 'NATIONAL' OR r.scope_key = ?)");
        String select = """
                SELECT r.scope_type, CASE WHEN r.scope_type = 'STATE' THEN r.scope_key END,
                       COALESCE((SELECT f.name FROM focus_area f
                                 WHERE f.catalog_version_id = (SELECT MAX(id) FROM catalog_version WHERE state = 'PUBLISHED')
                                   AND f.position = r.focus_area_position), 'All focus areas'),
                       r.agencies, r.items_total, r.submitted, r.verified, r.pct_submitted, r.pct_verified,
                       r.on_track, r.at_risk, r.behind, r.past_deadline, r.complete
                FROM rollup_snapshot r""";
        String sql = select + where.sql() + " ORDER BY r.scope_type, r.scope_key, r.focus_area_position";
        // the summary: the scopes' roll-up rows over all focus areas, national (and the state chosen)
        Where summary = where.copy().add("r.focus_area_position = 0", null);
        if (filters.state() == null) {
            summary.add("r.scope_type = 'NATIONAL'", null);
        }
        return new ReportQuery(columns, sql, where.parameters(),
                ChartSpec.sumOf("National % verified by focus area", 2, 8).onlyWhere(0, ROLLUP_SCOPES.get("NATIONAL")))
                .withSummary(select + summary.sql() + " ORDER BY r.scope_type, r.scope_key", summary.parameters());
    }

    private ReportQuery grantDeliverables(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(text("Award number", 16), text("Site", 28),
                integer("Deliverables (not cancelled)"), integer("Delivered"), percent("% of delivered on time"),
                integer("Overdue"), integer("Oldest overdue (days)"), integer("Due in the next 30 days"),
                decimal("Median first response to TA requests (hours)"),
                decimal("Median TA request to delivery (days)"), integer("Grantee reports late"),
                text("Funds at risk", 8), text("Partners", 48));
        Where where = grantWhere(asOf, filters).add("d.scope_type = 'GRANT'", null);
        String from = " FROM deliverable_snapshot d JOIN bcji_grant g ON g.id = d.scope_id" + where.sql();
        String sql = """
                SELECT g.award_number, g.site_name, d.planned, d.delivered, d.on_time_pct, d.overdue,
                       d.oldest_overdue_days, d.due_next_30_days, d.request_first_response_hours_median,
                       d.request_delivery_days_median, d.grantee_reports_late,
                       """ + FundsAtRiskSql.on("d.as_of") + ", " + PARTNERS + from + " ORDER BY g.award_number";
        // medians cannot be recomputed from the rows' medians, so the summary leaves them empty
        String summary = "SELECT ?, NULL, SUM(d.planned), SUM(d.delivered), "
                + percent("SUM(d.delivered_on_time)", "SUM(d.delivered)") + ", SUM(d.overdue), MAX(d.oldest_overdue_days),"
                + " SUM(d.due_next_30_days), NULL, NULL, SUM(d.grantee_reports_late), NULL, NULL" + from;
        List<Object> parameters = new ArrayList<>(List.of(FundsAtRiskSql.days()));
        parameters.addAll(where.parameters());
        return new ReportQuery(columns, sql, parameters, ChartSpec.sumOf("Delivered per grant", 0, 3))
                .withSummary(summary, labelFirst(unfiltered(filters) ? "All grants" : "All grants in this report",
                        where));
    }

    /** The summary's parameters: its label (the first column) and then the rows' filters. */
    private static List<Object> labelFirst(String label, Where where) {
        List<Object> parameters = new ArrayList<>(List.of(label));
        parameters.addAll(where.parameters());
        return parameters;
    }

    private static boolean unfiltered(ReportFilters filters) {
        return filters.state() == null && filters.providerId() == null && filters.grantId() == null;
    }

    /** The grant's partners with their roles, e.g. "Newman University (Research partner)". */
    private static final String PARTNERS = """
            (SELECT GROUP_CONCAT(CONCAT(o.name, ' (', p.role, ')') ORDER BY o.name SEPARATOR '; ')
               FROM grant_partner p JOIN organization o ON o.id = p.organization_id WHERE p.grant_id = g.id)""";

    private static Where grantWhere(LocalDate asOf, ReportFilters filters) {
        return new Where().add("d.as_of = ?", asOf)
                .addIf(filters.grantId(), "g.id = ?")
                .addIf(filters.providerId(), "g.id IN (SELECT gp.grant_id FROM grant_provider gp WHERE gp.provider_org_id = ?)")
                .addIf(filters.state(), "g.lead_agency_id IN (SELECT o.id FROM organization o WHERE o.state = ?)");
    }

    private ReportQuery overdueDeliverables(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(text("Award number", 16), text("TA provider", 28), text("Deliverable", 40),
                labelled("Type", DeliverableType.class, DeliverableType::label), date("Due"), integer("Days overdue"),
                labelled("Status now", DeliverableStatus.class, DeliverableStatus::label));
        Where where = new Where().add("t.due_on < ?", asOf)
                .add("t.status <> 'CANCELLED'", null)
                .add("(t.delivered_on IS NULL OR t.delivered_on > ?)", asOf)
                .addIf(filters.grantId(), "g.id = ?")
                .addIf(filters.providerId(), "t.provider_org_id = ?")
                .addIf(filters.state(), "g.lead_agency_id IN (SELECT o.id FROM organization o WHERE o.state = ?)");
        List<Object> parameters = new ArrayList<>(List.of(asOf));
        parameters.addAll(where.parameters());
        String from = """
                 FROM ta_deliverable t JOIN bcji_grant g ON g.id = t.grant_id
                JOIN organization p ON p.id = t.provider_org_id""" + where.sql();
        String sql = "SELECT g.award_number, p.name, t.title, t.type, t.due_on, DATEDIFF(?, t.due_on), t.status" + from
                + " ORDER BY t.due_on, t.id";
        String summary = "SELECT CONCAT('All overdue deliverables: ', COUNT(*), ' (days overdue: the longest)'),"
                + " NULL, NULL, NULL, NULL, MAX(DATEDIFF(?, t.due_on)), NULL" + from;
        return new ReportQuery(columns, sql, parameters, ChartSpec.countBy("Overdue deliverables by TA provider", 1))
                .withSummary(summary, parameters);
    }

    private ReportQuery providerActivity(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(text("TA provider", 34), integer("Deliverables (not cancelled)"),
                integer("Delivered"), percent("% of delivered on time"), integer("Overdue"),
                decimal("Hours delivered"), integer("Attendees"), integer("Deliveries rated"),
                decimal("Average rating (1 to 5)"), decimal("Median first response to TA requests (hours)"),
                decimal("Median TA request to delivery (days)"));
        Where where = new Where().add("d.as_of = ?", asOf).add("d.scope_type = 'PROVIDER'", null)
                .addIf(filters.providerId(), "p.id = ?");
        String from = " FROM deliverable_snapshot d JOIN organization p ON p.id = d.scope_id" + where.sql();
        // every figure from the date's snapshot row: the hours, attendees and ratings are those of the
        // deliveries its delivered count counts (see V97)
        String sql = "SELECT p.name, d.planned, d.delivered, d.on_time_pct, d.overdue, d.hours_delivered, d.attendees,"
                + " d.rated_deliveries, " + quotient("d.rating_sum", "d.rated_deliveries") + ","
                + " d.request_first_response_hours_median, d.request_delivery_days_median" + from + " ORDER BY p.name";
        String summary = "SELECT ?, SUM(d.planned), SUM(d.delivered), "
                + percent("SUM(d.delivered_on_time)", "SUM(d.delivered)") + ", SUM(d.overdue), SUM(d.hours_delivered),"
                + " SUM(d.attendees), SUM(d.rated_deliveries), " + quotient("SUM(d.rating_sum)", "SUM(d.rated_deliveries)")
                + ", NULL, NULL" + from;
        return new ReportQuery(columns, sql, where.parameters(), ChartSpec.sumOf("Hours delivered per TA provider", 0, 5))
                .withSummary(summary, labelFirst(filters.providerId() == null ? "All TA providers"
                        : "All TA providers in this report", where));
    }

    private ReportQuery agencyItems(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(integer("Item"), text("Focus area", 24), text("Title", 50),
                labelled("Status on the as-of date", ItemStatus.class, ItemStatus::label), text("Owner", 20),
                date("Target date"));
        return ReportQuery.of(columns, pledgeReports.agencyItems(asOf, filters.agencyId()),
                ChartSpec.countBy("Items by status", 3));
    }

    private ReportQuery dossierFiles(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(integer("Item"), text("Title", 50), text("File", 50),
                text("Storage key", 32));
        return ReportQuery.of(columns, pledgeReports.dossierFiles(asOf, filters.agencyId()), null);
    }

    private List<FocusAreaName> focusAreas() {
        return jdbc.query("SELECT position, name FROM focus_area WHERE catalog_version_id = "
                        + "(SELECT MAX(id) FROM catalog_version WHERE state = 'PUBLISHED') ORDER BY position",
                (rs, n) -> new FocusAreaName(rs.getInt(1), rs.getString(2)));
    }

    private record FocusAreaName(int position, String name) {
    }

    /** A WHERE clause built from the filters that are set, with its parameters in order. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        Where add(String condition, Object parameter) {
            conditions.add(condition);
            if (parameter != null) {
                parameters.add(parameter);
            }
            return this;
        }

        Where addIf(Object parameter, String condition) {
            return parameter == null ? this : add(condition, parameter);
        }

        /** The same conditions, to be narrowed further without changing this one. */
        Where copy() {
            Where copy = new Where();
            copy.conditions.addAll(conditions);
            copy.parameters.addAll(parameters);
            return copy;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        List<Object> parameters() {
            return parameters;
        }
    }
}
