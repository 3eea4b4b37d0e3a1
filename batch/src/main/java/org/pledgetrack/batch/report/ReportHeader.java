package org.pledgetrack.batch.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What every format shows besides the rows: title, as-of date, filters, when the numbers were
 * computed (null when the report reads no snapshot) and when the file was generated, columns,
 * chart, and the summary rows (in the rows' columns, empty when the report has none).
 */
record ReportHeader(String title, LocalDate asOf, String filtersText, Instant computedAt, Instant generatedAt,
                    List<ReportColumn> columns, ChartSpec chart, List<List<Object>> summaryRows) {

    /** What a summary row is, said once in every format that has them. */
    static final String SUMMARY_NOTE = "Each summary row says in its first column what it covers. Its counts are"
            + " totals over the agencies, grants, providers or deliverables it covers, from the same snapshot; its"
            + " percentages and averages are recomputed from those totals, never added up or averaged; figures that"
            + " cannot be combined (medians, dates) are left empty.";
}
