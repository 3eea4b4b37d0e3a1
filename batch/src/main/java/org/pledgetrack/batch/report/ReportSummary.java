package org.pledgetrack.batch.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals gathered while rows stream past, for the PDF's summary table and chart. Memory stays
 * bounded: one sum per column and at most {@value #MAX_BARS} chart categories (the rest are "Other").
 */
final class ReportSummary {

    static final int MAX_BARS = 15;
    static final String OTHER = "Other";

    private final List<ReportColumn> columns;
    private final ChartSpec chart;
    private final double[] sums;
    private final long[] counts;
    private final Map<String, double[]> bars = new LinkedHashMap<>();
    private long rows;

    ReportSummary(List<ReportColumn> columns, ChartSpec chart) {
        this.columns = columns;
        this.chart = chart;
        this.sums = new double[columns.size()];
        this.counts = new long[columns.size()];
    }

    void add(List<Object> values) {
        rows++;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof Number number) {
                sums[i] += number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue();
                counts[i]++;
            }
        }
        if (chart.counts(values)) {
            addBar(values);
        }
    }

    private void addBar(List<Object> values) {
        Object category = values.get(chart.categoryColumn());
        String key = category == null ? "(none)" : category.toString();
        if (!bars.containsKey(key) && bars.size() >= MAX_BARS) {
            key = OTHER;
        }
        double[] bar = bars.computeIfAbsent(key, k -> new double[2]);
        if (chart.valueColumn() < 0) {
            bar[0]++;
            bar[1]++;
        } else if (values.get(chart.valueColumn()) instanceof Number number) {
            bar[0] += number.doubleValue();
            bar[1]++;
        }
    }

    long rows() {
        return rows;
    }

    double sum(int column) {
        return sums[column];
    }

    /** Null when the column had no values. */
    Double average(int column) {
        return counts[column] == 0 ? null : sums[column] / counts[column];
    }

    boolean numeric(int column) {
        return columns.get(column).kind().numeric();
    }

    /** Category → bar value (sum, count or average as the chart asks), in first-seen order. */
    Map<String, Double> bars() {
        Map<String, Double> values = new LinkedHashMap<>();
        bars.forEach((key, bar) -> values.put(key, chart.average() ? (bar[1] == 0 ? 0 : bar[0] / bar[1]) : bar[0]));
        return values;
    }
}
