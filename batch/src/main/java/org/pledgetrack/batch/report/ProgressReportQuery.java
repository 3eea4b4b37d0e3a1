package org.pledgetrack.batch.report;

import static org.pledgetrack.batch.report.ReportColumn.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.pledgetrack.core.grant.DeliverableStatus;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.grant.ReportKind;
import org.pledgetrack.core.grant.ReportNarrative;

/**
 * One grant's progress report for the period that includes the as-of date, as an overseer attaches
 * it when reporting to BJA: the grant's facts (funds at risk by the one rule), the period, the
 * answers to the four standard questions, the period's measures, the TA deliverables of the period
 * (a TA event once, with the number of sites it served) and the partners. One line per fact, in
 * three columns (section, item, detail), so the CSV, XLSX and PDF writers make it like any report.
 */
final class ProgressReportQuery {

    static final List<ReportColumn> COLUMNS = List.of(text("Section", 14), text("Item", 32), text("Detail", 64));

    /** The grant {@code g} and its report {@code r} of the period: parameters as-of date, grant id. */
    private static final String GRANT_AND_PERIOD = """
             FROM bcji_grant g JOIN grantee_report r ON r.id = (
                SELECT p.id FROM grantee_report p WHERE p.grant_id = g.id AND p.kind IN ('PROGRESS_REPORT', 'FINAL_REPORT')
                   AND ? BETWEEN p.period_start AND p.period_end ORDER BY p.period_end DESC, p.id LIMIT 1)
            WHERE g.id = ?""";

    private ProgressReportQuery() {
    }

    static ReportQuery of(LocalDate asOf, long grantId) {
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String grant = " FROM bcji_grant g WHERE g.id = ?";
        String[][] facts = {
                {"Award number", "g.award_number"}, {"Title", "g.title"}, {"Site", "g.site_name"},
                {"Grantee", "(SELECT o.name FROM organization o WHERE o.id = g.grantee_org_id)"},
                {"Lead agency", "COALESCE((SELECT o.name FROM organization o WHERE o.id = g.lead_agency_id), '—')"},
                {"Award amount", "CONCAT('$', FORMAT(g.award_amount, 2))"},
                {"Award period", "CONCAT(g.start_on, ' to ', g.end_on)"}};
        for (int i = 0; i < facts.length; i++) {
            parts.add(line(1, i, "Grant", quote(facts[i][0]), facts[i][1]) + grant);
            parameters.add(grantId);
        }
        parts.add(line(1, facts.length, "Grant", quote("Funds at risk on " + asOf), FundsAtRiskSql.on("?")) + grant);
        parameters.addAll(List.of(asOf, FundsAtRiskSql.days(), asOf, grantId));

        String[][] period = {
                {"Report", labels("r.kind", ReportKind.values(), ReportKind::label)},
                {"Period", "CONCAT(r.period_start, ' to ', r.period_end)"}, {"Due", "CAST(r.due_on AS CHAR)"},
                {"Submitted", "COALESCE(CAST(r.submitted_on AS CHAR), 'Not submitted')"},
                {"Review", "LOWER(REPLACE(r.state, '_', ' '))"},
                {ReportNarrative.ACCOMPLISHMENTS, answer("r.accomplishments")},
                {ReportNarrative.GOALS_MET, answer("r.goals_met")},
                {ReportNarrative.PROBLEMS, answer("r.problems")},
                {ReportNarrative.ASSISTANCE_NEEDED, answer("r.assistance_needed")}};
        for (int i = 0; i < period.length; i++) {
            parts.add(line(i < 5 ? 2 : 3, i, i < 5 ? "Period" : "Narrative", quote(period[i][0]), period[i][1])
                    + GRANT_AND_PERIOD);
            parameters.addAll(List.of(asOf, grantId));
        }
        parts.add(line(2, 0, "Period", quote("Progress report"), quote("No progress report period includes " + asOf))
                + grant + " AND NOT EXISTS (SELECT 1 FROM grantee_report p WHERE p.grant_id = g.id"
                + " AND p.kind IN ('PROGRESS_REPORT', 'FINAL_REPORT') AND ? BETWEEN p.period_start AND p.period_end)");
        parameters.addAll(List.of(grantId, asOf));

        parts.add(line(4, "m.position", "Measures", "m.label", "CAST(v.value AS CHAR)") + GRANT_AND_PERIOD.replace(
                "WHERE g.id = ?", "JOIN grantee_report_measure v ON v.report_id = r.id"
                        + " JOIN program_measure m ON m.id = v.measure_id WHERE g.id = ?"));
        parameters.addAll(List.of(asOf, grantId));

        parts.add(line(5, "TO_DAYS(COALESCE(t.delivered_on, t.scheduled_on, t.due_on))", "TA deliverables", "t.title",
                "CONCAT(" + labels("t.type", DeliverableType.values(), DeliverableType::label) + ", ' · ',"
                + labels("t.status", DeliverableStatus.values(), DeliverableStatus::label) + ", ' · ',"
                + " COALESCE(t.delivered_on, t.scheduled_on, t.due_on),"
                + " COALESCE(CONCAT(' · ', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM t.hours)), ' hours'), ''),"
                + " COALESCE(CONCAT(' · ', t.attendees, ' attendees'), ''),"
                + " CASE WHEN t.ta_event_id IS NULL THEN '' ELSE CONCAT(' · TA event that served ',"
                + " (SELECT COUNT(*) FROM ta_event_site s WHERE s.event_id = t.ta_event_id), ' sites') END)")
                + GRANT_AND_PERIOD.replace("WHERE g.id = ?", "JOIN ta_deliverable t ON t.grant_id = g.id"
                        + " AND t.status <> 'CANCELLED'"
                        + " AND COALESCE(t.delivered_on, t.scheduled_on, t.due_on) BETWEEN r.period_start AND r.period_end"
                        + " WHERE g.id = ?"));
        parameters.addAll(List.of(asOf, grantId));

        parts.add(line(6, "0", "Partners", "o.name", "CONCAT(p.role, COALESCE(CONCAT(' · ', p.contact_name), ''))")
                + " FROM grant_partner p JOIN organization o ON o.id = p.organization_id WHERE p.grant_id = ?");
        parameters.add(grantId);

        String sql = "SELECT section, item, detail FROM (" + String.join(" UNION ALL ", parts)
                + ") AS progress ORDER BY part, position, item";
        return new ReportQuery(COLUMNS, sql, parameters, ChartSpec.countBy("Lines per section", 0));
    }

    private static String line(int part, int position, String section, String item, String detail) {
        return line(part, Integer.toString(position), section, item, detail);
    }

    /**
     * One part of the union: its order (part, position) and its three texts in the tables' collation, so
     * that literals, casts and columns can stand in one column.
     */
    private static String line(int part, String position, String section, String item, String detail) {
        return "SELECT " + part + " AS part, " + position + " AS position, " + collated(quote(section)) + " AS section, "
                + collated(item) + " AS item, " + collated(detail) + " AS detail";
    }

    private static String collated(String sql) {
        return "CONVERT(" + sql + " USING utf8mb4) COLLATE utf8mb4_unicode_ci";
    }

    private static String answer(String column) {
        return "COALESCE(NULLIF(TRIM(" + column + "), ''), 'Not answered')";
    }

    /** The codes of a column as people read them: the enum's labels, written into the SQL. */
    private static <E extends Enum<E>> String labels(String column, E[] values, Function<E, String> label) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (E value : values) {
            sql.append(" WHEN ").append(quote(value.name())).append(" THEN ").append(quote(label.apply(value)));
        }
        return sql.append(" ELSE ").append(column).append(" END").toString();
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
