package org.pledgetrack.batch.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What every format shows besides the rows: title, as-of date, filters, when, columns, chart. */
record ReportHeader(String title, LocalDate asOf, String filtersText, Instant generatedAt,
                    List<ReportColumn> columns, ChartSpec chart) {
}
