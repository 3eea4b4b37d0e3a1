package org.pledgetrack.batch.report;

import java.util.List;

/** The SQL that streams a report's rows, in column order, with its parameters and chart. */
record ReportQuery(List<ReportColumn> columns, String sql, List<Object> parameters, ChartSpec chart) {
}
