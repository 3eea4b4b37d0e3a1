package org.pledgetrack.batch.report;

import static org.jooq.impl.DSL.select;
import static org.pledgetrack.batch.report.ReportColumn.date;
import static org.pledgetrack.batch.report.ReportColumn.decimal;
import static org.pledgetrack.batch.report.ReportColumn.integer;
import static org.pledgetrack.batch.report.ReportColumn.percent;
import static org.pledgetrack.batch.report.ReportColumn.text;
import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.FOCUS_AREA;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Select;
import org.pledgetrack.core.pledge.PointInTime;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL behind each report type, read from the snapshot tables of the as-of date (the overdue
 * list and the item detail read the deliverables and items as they stood on that date). Filters
 * that do not concern a report type are ignored by it: provider activity, for instance, has no state.
 */
@Component
class ReportQueries {

    private final JdbcTemplate jdbc;
    private final DSLContext dsl;

    ReportQueries(JdbcTemplate jdbc, DSLContext dsl) {
        this.jdbc = jdbc;
        this.dsl = dsl;
    }

    ReportQuery forReport(ReportType type, LocalDate asOf, ReportFilters filters) {
        return switch (type) {
            case AGENCY_STATUS -> agencyStatus(asOf, filters);
            case FOCUS_AREA_SUMMARY -> focusAreaSummary(asOf, filters);
            case GRANT_DELIVERABLES -> grantDeliverables(asOf, filters);
            case OVERDUE_DELIVERABLES -> overdueDeliverables(asOf, filters);
            case PROVIDER_ACTIVITY -> providerActivity(asOf, filters);
            case AGENCY_ITEMS -> agencyItems(asOf, filters);
        };
    }

    /** How many rows the query returns: the progress bar's total. */
    long count(ReportQuery query) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM (" + query.sql() + ") AS report_rows", Long.class,
                query.parameters().toArray());
        return count == null ? 0 : count;
    }

    private ReportQuery agencyStatus(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = new ArrayList<>(List.of(text("Agency", 34), text("ORI", 14), text("State", 9),
                text("Pledge status", 18), text("Schedule status", 16), integer("Items"), integer("Verified"),
                integer("Submitted"), integer("Waiting review"), percent("% verified"), percent("Expected %")));
        StringBuilder select = new StringBuilder("""
                SELECT o.name, o.ori, s.state, s.pledge_status, s.schedule_status, s.items_total, s.verified,
                       s.submitted, s.waiting_review, s.pct_verified, s.expected_pct""");
        for (FocusAreaName area : focusAreas()) {
            columns.add(percent("% verified: " + area.name()));
            select.append(", (SELECT a.pct_verified FROM agency_area_snapshot a JOIN focus_area f ON f.id = a.focus_area_id"
                    + " WHERE a.as_of = s.as_of AND a.agency_id = s.agency_id AND f.position = ").append(area.position())
                    .append(")");
        }
        // the rest of the agency's row, for sorting and filtering in a spreadsheet
        columns.addAll(List.of(text("City", 18), text("Agency type", 16), integer("Sworn officers"),
                date("Signed on"), date("Target date"), integer("Not started"), integer("In progress"),
                integer("Returned"), percent("% submitted or verified"), integer("Days since activity"),
                integer("Oldest wait (days)")));
        select.append(", o.city, o.agency_type, o.sworn_officers, p.signed_on, p.target_on, s.not_started,"
                + " s.in_progress, s.returned, s.pct_submitted, s.days_since_activity, s.oldest_wait_days");
        Where where = new Where().add("s.as_of = ?", asOf)
                .addIf(filters.state(), "s.state = ?")
                .addIf(filters.scheduleStatus() == null ? null : filters.scheduleStatus().name(), "s.schedule_status = ?")
                .addIf(filters.providerId(), "s.agency_id IN (SELECT t.agency_id FROM ta_agency_assignment t"
                        + " JOIN app_user u ON u.id = t.user_id WHERE u.organization_id = ?)")
                .addIf(filters.grantId(), "s.agency_id IN (SELECT g.lead_agency_id FROM bcji_grant g WHERE g.id = ?)")
                .addIf(filters.agencyId(), "s.agency_id = ?");
        String sql = select + " FROM agency_snapshot s JOIN organization o ON o.id = s.agency_id"
                + " JOIN pledge p ON p.id = s.pledge_id" + where.sql()
                + " ORDER BY o.name, s.agency_id";
        return new ReportQuery(columns, sql, where.parameters(), ChartSpec.countBy("Agencies by schedule status", 4));
    }

    private ReportQuery focusAreaSummary(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(text("Scope", 9), text("State", 9), text("Focus area", 30),
                integer("Agencies"), integer("Items"), integer("Submitted"), integer("Verified"),
                percent("% submitted"), percent("% verified"), integer("On track"), integer("At risk"),
                integer("Behind"), integer("Complete"));
        Where where = new Where().add("r.as_of = ?", asOf)
                .add("r.scope_type IN ('NATIONAL', 'STATE')", null)
                .addIf(filters.state(), "(r.scope_type = 'NATIONAL' OR r.scope_key = ?)");
        String sql = """
                SELECT r.scope_type, CASE WHEN r.scope_type = 'STATE' THEN r.scope_key END,
                       COALESCE((SELECT f.name FROM focus_area f
                                 WHERE f.catalog_version_id = (SELECT MAX(id) FROM catalog_version)
                                   AND f.position = r.focus_area_position), 'All focus areas'),
                       r.agencies, r.items_total, r.submitted, r.verified, r.pct_submitted, r.pct_verified,
                       r.on_track, r.at_risk, r.behind, r.complete
                FROM rollup_snapshot r""" + where.sql()
                + " ORDER BY r.scope_type, r.scope_key, r.focus_area_position";
        return new ReportQuery(columns, sql, where.parameters(),
                ChartSpec.sumOf("National % verified by focus area", 2, 8).onlyWhere(0, "NATIONAL"));
    }

    private ReportQuery grantDeliverables(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(text("Award number", 16), text("Site", 28), integer("Planned"),
                integer("Delivered"), percent("% on time"), integer("Overdue"), integer("Oldest overdue (days)"),
                integer("Due in 30 days"), decimal("Median first response (hours)"),
                decimal("Median delivery (days)"), integer("Grantee reports late"));
        Where where = grantWhere(asOf, filters).add("d.scope_type = 'GRANT'", null);
        String sql = """
                SELECT g.award_number, g.site_name, d.planned, d.delivered, d.on_time_pct, d.overdue,
                       d.oldest_overdue_days, d.due_next_30_days, d.request_first_response_hours_median,
                       d.request_delivery_days_median, d.grantee_reports_late
                FROM deliverable_snapshot d JOIN bcji_grant g ON g.id = d.scope_id""" + where.sql()
                + " ORDER BY g.award_number";
        return new ReportQuery(columns, sql, where.parameters(), ChartSpec.sumOf("Delivered per grant", 0, 3));
    }

    private static Where grantWhere(LocalDate asOf, ReportFilters filters) {
        return new Where().add("d.as_of = ?", asOf)
                .addIf(filters.grantId(), "g.id = ?")
                .addIf(filters.providerId(), "g.id IN (SELECT gp.grant_id FROM grant_provider gp WHERE gp.provider_org_id = ?)")
                .addIf(filters.state(), "g.lead_agency_id IN (SELECT o.id FROM organization o WHERE o.state = ?)");
    }

    private ReportQuery overdueDeliverables(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(text("Award number", 16), text("TA provider", 28), text("Deliverable", 40),
                text("Type", 14), date("Due"), integer("Days overdue"), text("Status", 11));
        Where where = new Where().add("t.due_on < ?", asOf)
                .add("t.status <> 'CANCELLED'", null)
                .add("(t.delivered_on IS NULL OR t.delivered_on > ?)", asOf)
                .addIf(filters.grantId(), "g.id = ?")
                .addIf(filters.providerId(), "t.provider_org_id = ?")
                .addIf(filters.state(), "g.lead_agency_id IN (SELECT o.id FROM organization o WHERE o.state = ?)");
        List<Object> parameters = new ArrayList<>(List.of(asOf));
        parameters.addAll(where.parameters());
        String sql = """
                SELECT g.award_number, p.name, t.title, t.type, t.due_on, DATEDIFF(?, t.due_on), t.status
                FROM ta_deliverable t JOIN bcji_grant g ON g.id = t.grant_id
                JOIN organization p ON p.id = t.provider_org_id""" + where.sql() + " ORDER BY t.due_on, t.id";
        return new ReportQuery(columns, sql, parameters, ChartSpec.countBy("Overdue deliverables by TA provider", 1));
    }

    private ReportQuery providerActivity(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(text("TA provider", 34), integer("Planned"), integer("Delivered"),
                percent("% on time"), integer("Overdue"), decimal("Hours delivered"), integer("Attendees"),
                decimal("Average rating"), decimal("Median first response (hours)"),
                decimal("Median delivery (days)"));
        Where where = new Where().add("d.as_of = ?", asOf).add("d.scope_type = 'PROVIDER'", null)
                .addIf(filters.providerId(), "p.id = ?");
        String delivered = " FROM ta_deliverable t WHERE t.provider_org_id = p.id AND t.delivered_on <= d.as_of"
                + " AND t.status IN ('DELIVERED', 'ACCEPTED'))";
        String sql = "SELECT p.name, d.planned, d.delivered, d.on_time_pct, d.overdue,"
                + " (SELECT COALESCE(SUM(t.hours), 0)" + delivered + ","
                + " (SELECT COALESCE(SUM(t.attendees), 0)" + delivered + ","
                + " (SELECT ROUND(AVG(t.rating), 2)" + delivered + ","
                + " d.request_first_response_hours_median, d.request_delivery_days_median"
                + " FROM deliverable_snapshot d JOIN organization p ON p.id = d.scope_id" + where.sql()
                + " ORDER BY p.name";
        return new ReportQuery(columns, sql, where.parameters(), ChartSpec.sumOf("Hours delivered per TA provider", 0, 5));
    }

    private ReportQuery agencyItems(LocalDate asOf, ReportFilters filters) {
        List<ReportColumn> columns = List.of(integer("Item"), text("Focus area", 24), text("Title", 50),
                text("Status", 12), text("Owner", 20), date("Target"));
        // the items of the pledge the agency's status on the as-of date is about, with their status and
        // own target date then, by the definition the pledge status job uses (the owner is today's)
        PointInTime then = PointInTime.endOf(asOf);
        PointInTime.StatusPledges pledge = then.statusPledges();
        PointInTime.Items items = then.items(PLEDGE_ITEM.PLEDGE_ID.in(select(pledge.pledgeId()).from(pledge.table())
                .where(pledge.agencyId().eq(filters.agencyId()))));
        Select<?> select = dsl.select(CATALOG_ITEM.NUMBER, FOCUS_AREA.NAME, CATALOG_ITEM.TITLE, items.status(),
                        PLEDGE_ITEM.OWNER_NAME, items.ownTarget())
                .from(items.table())
                .join(PLEDGE_ITEM).on(PLEDGE_ITEM.ID.eq(items.itemId()))
                .join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(items.catalogItemId()))
                .join(FOCUS_AREA).on(FOCUS_AREA.ID.eq(CATALOG_ITEM.FOCUS_AREA_ID))
                .orderBy(CATALOG_ITEM.NUMBER);
        return new ReportQuery(columns, dsl.render(select), jdbcValues(dsl.extractBindValues(select)),
                ChartSpec.countBy("Items by status", 3));
    }

    /** The query's values as the JDBC driver takes them: times (UTC instants in jOOQ) as UTC date-times. */
    private static List<Object> jdbcValues(List<Object> values) {
        return values.stream()
                .map(value -> value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value)
                .toList();
    }

    private List<FocusAreaName> focusAreas() {
        return jdbc.query("SELECT position, name FROM focus_area WHERE catalog_version_id = "
                        + "(SELECT MAX(id) FROM catalog_version) ORDER BY position",
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

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        List<Object> parameters() {
            return parameters;
        }
    }
}
