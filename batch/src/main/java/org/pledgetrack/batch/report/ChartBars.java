package org.pledgetrack.batch.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PDF chart's bars and the row count, gathered while rows stream past. Memory stays bounded: at
 * most {@value #MAX_BARS} chart categories (the rest are "Other").
 */
final class ChartBars {

    static final int MAX_BARS = 15;
    static final String OTHER = "Other";

    private final ChartSpec chart;
    private final Map<String, double[]> bars = new LinkedHashMap<>();
    private long rows;

    ChartBars(ChartSpec chart) {
        this.chart = chart;
    }

    void add(List<Object> values) {
        rows++;
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

    /** Category → bar value (sum, count or average as the chart asks), in first-seen order. */
    Map<String, Double> bars() {
        Map<String, Double> values = new LinkedHashMap<>();
        bars.forEach((key, bar) -> values.put(key, chart.average() ? (bar[1] == 0 ? 0 : bar[0] / bar[1]) : bar[0]));
        return values;
    }
}
