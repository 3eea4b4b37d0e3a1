package org.pledgetrack.batch.report;

import java.util.List;

/**
 * The SQL that streams a report's rows, in column order, with its parameters and chart, and the SQL
 * of its summary rows (null when the report has none): rows in the same columns, each saying in its
 * first column what it sums up, its figures recomputed from the summed counts of the same snapshot
 * rows.
 */
record ReportQuery(List<ReportColumn> columns, String sql, List<Object> parameters, ChartSpec chart,
                   String summarySql, List<Object> summaryParameters) {

    ReportQuery(List<ReportColumn> columns, String sql, List<Object> parameters, ChartSpec chart) {
        this(columns, sql, parameters, chart, null, List.of());
    }

    ReportQuery withSummary(String sql, List<Object> parameters) {
        return new ReportQuery(columns, this.sql, this.parameters, chart, sql, parameters);
    }
}
