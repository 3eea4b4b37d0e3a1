package org.pledgetrack.batch.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.Query;

/**
 * The SQL that streams a report's rows, in column order, with its parameters and chart, and the SQL
 * of its summary rows (null when the report has none): rows in the same columns, each saying in its
 * first column what it sums up, its figures recomputed from the summed counts of the same snapshot
 * rows. The SQL is rendered from core's typed queries, for the job's forward-only cursor.
 */
record ReportQuery(List<ReportColumn> columns, String sql, List<Object> parameters, ChartSpec chart,
                   String summarySql, List<Object> summaryParameters) {

    ReportQuery(List<ReportColumn> columns, String sql, List<Object> parameters, ChartSpec chart) {
        this(columns, sql, parameters, chart, null, List.of());
    }

    /** The report whose rows {@code rows} selects; {@code chart} may be null. */
    static ReportQuery of(List<ReportColumn> columns, Query rows, ChartSpec chart) {
        return new ReportQuery(columns, rows.getSQL(), jdbcValues(rows.getBindValues()), chart);
    }

    ReportQuery withSummary(Query summary) {
        return withSummary(summary.getSQL(), jdbcValues(summary.getBindValues()));
    }

    ReportQuery withSummary(String sql, List<Object> parameters) {
        return new ReportQuery(columns, this.sql, this.parameters, chart, sql, parameters);
    }

    /** The query's values as the JDBC driver takes them: times (UTC instants in jOOQ) as UTC date-times. */
    private static List<Object> jdbcValues(List<Object> values) {
        return values.stream()
                .map(value -> value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value)
                .toList();
    }
}
